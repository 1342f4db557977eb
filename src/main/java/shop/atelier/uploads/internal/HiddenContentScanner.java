package shop.atelier.uploads.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads what follows a picture's end and notices an archive or markup hidden there (a JPEG+ZIP or
 * JPEG+HTML polyglot). Other trailers, such as the video a phone appends to a motion photo, pass:
 * they are dropped with the rest, since only the re-encoded picture is stored.
 */
final class HiddenContentScanner extends OutputStream {

    private static final List<byte[]> SIGNATURES = List.of(
            new byte[] {'p', 'k', 3, 4},
            ascii("<html"),
            ascii("<script"),
            ascii("<!doctype"),
            ascii("<svg"),
            ascii("<iframe"),
            ascii("<body"),
            ascii("<?php"),
            ascii("<?xml"));

    private static final int LONGEST =
            SIGNATURES.stream().mapToInt(s -> s.length).max().orElseThrow();

    /** The last bytes seen, lower-cased, so a signature split between two writes is found too. */
    private final byte[] tail = new byte[LONGEST - 1];

    private int tailLength;
    private boolean found;

    boolean found() {
        return found;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (found || length == 0) {
            return;
        }
        var window = new byte[tailLength + length];
        System.arraycopy(tail, 0, window, 0, tailLength);
        for (int i = 0; i < length; i++) {
            window[tailLength + i] = lower(bytes[offset + i]);
        }
        found = SIGNATURES.stream().anyMatch(signature -> contains(window, signature));
        tailLength = Math.min(tail.length, window.length);
        System.arraycopy(window, window.length - tailLength, tail, 0, tailLength);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte lower(byte b) {
        return b >= 'A' && b <= 'Z' ? (byte) (b + 32) : b;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
