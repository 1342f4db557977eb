package shop.atelier.uploads.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Files built in the test, byte by byte where it matters. */
final class TestFiles {

    static final String GPS_MARKER = "Secret garden, 52.5200 N 13.4050 E";

    private TestFiles() {}

    /** A picture whose left half is red and right half blue, so orientation can be checked. */
    static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    static byte[] encoded(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(int width, int height) {
        return encoded(picture(width, height), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encoded(picture(width, height), "png");
    }

    /**
     * A JPEG with an EXIF segment (APP1) right after SOI: IFD0 with an image description, an
     * orientation and a pointer to a GPS IFD holding a latitude.
     */
    static byte[] jpegWithGpsExif(int width, int height, int orientation) {
        var description = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        var ifd0 = 8;
        var descriptionAt = ifd0 + 2 + 3 * 12 + 4;
        var gpsAt = descriptionAt + description.length + (description.length % 2);
        var latitudeAt = gpsAt + 2 + 2 * 12 + 4;
        var tiff = ByteBuffer.allocate(latitudeAt + 24); // big-endian, "MM"
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010E)
                .putShort((short) 2)
                .putInt(description.length)
                .putInt(descriptionAt);
        tiff.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsAt);
        tiff.putInt(0);
        tiff.position(descriptionAt);
        tiff.put(description);
        tiff.position(gpsAt);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0001)
                .putShort((short) 2)
                .putInt(2)
                .put((byte) 'N')
                .put((byte) 0)
                .putShort((short) 0);
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(latitudeAt);
        tiff.putInt(0);
        tiff.position(latitudeAt);
        tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(1234).putInt(100);
        var exif = ByteBuffer.allocate(4 + 6 + tiff.capacity());
        exif.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.capacity()));
        exif.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array());
        var jpeg = jpeg(width, height);
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(exif.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with text chunks after its header: a GPS position and an owner in XMP. */
    static byte[] pngWithTextChunks(int width, int height) {
        var png = png(width, height);
        var afterHeader = 8 + 4 + 4 + 13 + 4;
        var chunks = new ByteArrayOutputStream();
        chunk(chunks, "tEXt", ("Comment\0" + GPS_MARKER).getBytes(StandardCharsets.ISO_8859_1));
        chunk(
                chunks,
                "iTXt",
                ("XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><dc:creator>Anna Example</dc:creator></x:xmpmeta>")
                        .getBytes(StandardCharsets.UTF_8));
        return concat(
                Arrays.copyOf(png, afterHeader),
                chunks.toByteArray(),
                Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** A valid PNG signature and header declaring the given size, followed by a tiny image stream. */
    static byte[] pngHeader(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8)
                .put((byte) 2)
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] zip(String name, String content) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] concat(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (var part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The start of an MP4 (an ISO base media "ftyp" box) followed by random bytes. */
    static byte[] mp4(int size) {
        var bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        var ftyp = new byte[] {
            0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0, 'm', 'p', '4', '2', 'i', 's', 'o', 'm'
        };
        System.arraycopy(ftyp, 0, bytes, 0, ftyp.length);
        return bytes;
    }

    /** A small valid PDF: one empty page. */
    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    /** A web page with a script: what an attacker would name {@code proof.pdf}. */
    static byte[] html() {
        return "<!DOCTYPE html><html><head><title>Proof</title></head><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] text(int size) {
        var random = new Random(size);
        var out = new StringBuilder(size);
        while (out.length() < size) {
            out.append("Line ").append(random.nextInt(1_000_000)).append(" of a poem for grandma.\n");
        }
        return out.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (var i = 0; i <= haystack.length - needle.length; i++) {
            for (var j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether any 16-byte run of the clear text occurs in the stored bytes. */
    static boolean sharesARunOf16(byte[] clear, byte[] stored) {
        var runs = new HashSet<String>();
        for (var i = 0; i + 16 <= stored.length; i++) {
            runs.add(new String(stored, i, 16, StandardCharsets.ISO_8859_1));
        }
        for (var i = 0; i + 16 <= clear.length; i++) {
            if (runs.contains(new String(clear, i, 16, StandardCharsets.ISO_8859_1))) {
                return true;
            }
        }
        return false;
    }

    static byte[] startOf(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, Math.min(length, bytes.length));
    }

    /** An endless text stream that counts what was read from it. */
    static final class EndlessText extends InputStream {
        private long read;

        long bytesRead() {
            return read;
        }

        @Override
        public int read() {
            read++;
            return 'a' + (int) (read % 26);
        }

        @Override
        public int read(byte[] bytes, int offset, int length) {
            for (var i = 0; i < length; i++) {
                bytes[offset + i] = (byte) (i % 64 == 63 ? '\n' : 'a' + (int) ((read + i) % 26));
            }
            read += length;
            return length;
        }
    }

    /** Gives the bytes, then fails as a dropped connection does. */
    static final class BreaksOff extends InputStream {
        private final byte[] bytes;
        private int position;

        BreaksOff(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() throws IOException {
            if (position == bytes.length) {
                throw new IOException("Connection reset by peer");
            }
            return bytes[position++] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (position == bytes.length) {
                throw new IOException("Connection reset by peer");
            }
            var n = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, target, offset, n);
            position += n;
            return n;
        }
    }
}
