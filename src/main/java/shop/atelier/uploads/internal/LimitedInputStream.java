package shop.atelier.uploads.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import shop.atelier.uploads.UploadRejected;

/**
 * Reads the customer's content and stops as soon as it passes the limit (whatever length the
 * request declared): at most one byte more than the limit is ever read. A failing source (the
 * connection dropped) is a truncated upload.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        var b = guarded(() -> super.read());
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        var allowed = (int) Math.min(length, limit + 1 - count);
        var n = guarded(() -> super.read(bytes, offset, allowed));
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        var buffer = new byte[(int) Math.min(n, 8192)];
        var skipped = 0L;
        while (skipped < n) {
            var read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int n) {
        count += n;
        if (count > limit) {
            throw new UploadRejected(UploadRejected.Reason.TOO_LARGE, "more than " + limit + " bytes");
        }
    }

    private interface Read {
        int read() throws IOException;
    }

    private static int guarded(Read read) {
        try {
            return read.read();
        } catch (IOException e) {
            throw new UploadRejected(UploadRejected.Reason.TRUNCATED, "the upload broke off: " + e.getMessage());
        }
    }
}
