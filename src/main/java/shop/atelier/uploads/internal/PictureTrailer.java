package shop.atelier.uploads.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Follows a picture's structure as its bytes stream past (JPEG markers and scans, PNG chunks, the
 * RIFF length of WebP) to find where the picture ends, and scans everything after that end for an
 * archive or markup (a polyglot). The decoder may read ahead, so the end is found from the bytes
 * themselves, not from where the decoder stopped. Where the structure is not understood, nothing is
 * judged: the decoder has the last word on whether the picture is sound.
 */
final class PictureTrailer extends FilterInputStream {

    private final Structure structure;
    private final HiddenContentScanner trailer = new HiddenContentScanner();

    PictureTrailer(InputStream in, String contentType) {
        super(in);
        this.structure = switch (contentType) {
            case "image/jpeg" -> new Jpeg();
            case "image/png" -> new Png();
            case "image/webp" -> new Riff();
            default -> new Unknown();
        };
    }

    /** Whether an archive or markup followed the picture's end (so far). */
    boolean hiddenContent() {
        return trailer.found();
    }

    @Override
    public int read() throws IOException {
        var b = super.read();
        if (b >= 0) {
            feed(b);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        var n = super.read(bytes, offset, length);
        if (n > 0) {
            var start = offset;
            var end = offset + n;
            while (start < end && !structure.ended() && !structure.lost()) {
                structure.accept(bytes[start++] & 0xFF);
            }
            if (structure.ended() && start < end) {
                trailer.write(bytes, start, end - start);
            }
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // Skipped bytes must be seen too.
        var buffer = new byte[(int) Math.min(n, 8192)];
        var read = read(buffer, 0, buffer.length);
        return Math.max(read, 0);
    }

    private void feed(int b) {
        if (structure.ended()) {
            trailer.write(b);
        } else if (!structure.lost()) {
            structure.accept(b);
        }
    }

    private abstract static class Structure {
        boolean ended;
        boolean lost;

        abstract void accept(int b);

        boolean ended() {
            return ended;
        }

        boolean lost() {
            return lost;
        }
    }

    private static final class Unknown extends Structure {
        Unknown() {
            lost = true;
        }

        @Override
        void accept(int b) {}
    }

    /** SOI, segments with lengths, entropy-coded scans (FF 00 stuffing, RST markers), EOI. */
    private static final class Jpeg extends Structure {
        private enum State {
            SOI_FF,
            SOI_D8,
            MARKER_FF,
            MARKER,
            LENGTH_HIGH,
            LENGTH_LOW,
            SEGMENT,
            SCAN,
            SCAN_FF
        }

        private State state = State.SOI_FF;
        private int marker;
        private int remaining;

        @Override
        void accept(int b) {
            switch (state) {
                case SOI_FF -> expect(b == 0xFF, State.SOI_D8);
                case SOI_D8 -> expect(b == 0xD8, State.MARKER_FF);
                case MARKER_FF -> expect(b == 0xFF, State.MARKER);
                case MARKER -> marker(b);
                case LENGTH_HIGH -> {
                    remaining = b << 8;
                    state = State.LENGTH_LOW;
                }
                case LENGTH_LOW -> {
                    remaining = (remaining | b) - 2;
                    if (remaining < 0) {
                        lost = true;
                    } else if (remaining == 0) {
                        state = marker == 0xDA ? State.SCAN : State.MARKER_FF;
                    } else {
                        state = State.SEGMENT;
                    }
                }
                case SEGMENT -> {
                    if (--remaining == 0) {
                        state = marker == 0xDA ? State.SCAN : State.MARKER_FF;
                    }
                }
                case SCAN -> {
                    if (b == 0xFF) {
                        state = State.SCAN_FF;
                    }
                }
                case SCAN_FF -> {
                    if (b == 0x00 || (b >= 0xD0 && b <= 0xD7)) {
                        state = State.SCAN;
                    } else if (b != 0xFF) {
                        marker(b);
                    }
                }
            }
        }

        private void marker(int b) {
            if (b == 0xFF) {
                return; // fill byte
            }
            marker = b;
            if (b == 0xD9) {
                ended = true;
            } else if (b == 0x01 || (b >= 0xD0 && b <= 0xD7)) {
                state = State.MARKER_FF;
            } else {
                state = State.LENGTH_HIGH;
            }
        }

        private void expect(boolean ok, State next) {
            if (ok) {
                state = next;
            } else {
                lost = true;
            }
        }
    }

    /** The 8-byte signature, then chunks (length, type, data, CRC) up to IEND. */
    private static final class Png extends Structure {
        private long position;
        private long chunkEnd = 8;
        private long length;
        private int type;

        @Override
        void accept(int b) {
            var p = position++;
            if (p < 8) {
                return; // the signature
            }
            var offset = p - chunkEnd;
            if (offset < 4) {
                length = (length << 8) | b;
            } else if (offset < 8) {
                type = (type << 8) | b;
            } else if (offset == 11 + length) {
                if (type == 0x49454E44) { // IEND
                    ended = true;
                }
                chunkEnd = p + 1;
                length = 0;
                type = 0;
            }
        }
    }

    /** "RIFF", a little-endian size, then that many bytes (padded to even). */
    private static final class Riff extends Structure {
        private long position;
        private long size;

        @Override
        void accept(int b) {
            position++;
            if (position > 4 && position <= 8) {
                size |= ((long) b) << (8 * (position - 5));
            } else if (position > 8 && position >= 8 + size + (size & 1)) {
                ended = true;
            }
        }
    }
}
