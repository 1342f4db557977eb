package shop.atelier.uploads.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in an S3-compatible bucket. Content of unknown length is sent as a multipart upload, one
 * part buffer at a time (a file smaller than one part is a single PUT), so memory use is bounded by
 * the part size, not the file size. A failed upload is aborted, leaving nothing under the key.
 */
class S3FileStore implements FileStore, AutoCloseable {

    /** S3's smallest part size (except the last part). */
    static final int MIN_PART_SIZE = 5 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final int partSize;

    S3FileStore(S3Client s3, String bucket, String prefix, int partSize) {
        if (partSize < MIN_PART_SIZE) {
            throw new IllegalArgumentException("S3 part size must be at least 5 MiB");
        }
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
        this.partSize = partSize;
    }

    @Override
    public void write(String key, ContentWriter writer) throws IOException {
        var objectKey = objectKey(key);
        var out = new MultipartOutputStream(objectKey);
        try {
            writer.writeTo(out);
            out.close();
        } catch (IOException | RuntimeException | Error e) {
            out.abort();
            throw e;
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        try {
            return s3.getObject(request -> request.bucket(bucket).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new FileNotFoundException("no file " + key);
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(request -> request.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        s3.close();
    }

    private String objectKey(String key) {
        return prefix + FileStore.checkKey(key);
    }

    /** Buffers one part; sends it when full; completes (or sends a single PUT) on close. */
    private final class MultipartOutputStream extends OutputStream {

        private final String objectKey;
        private final byte[] buffer = new byte[partSize];
        private final List<CompletedPart> parts = new ArrayList<>();
        private int filled;
        private @Nullable String uploadId;
        private boolean closed;

        MultipartOutputStream(String objectKey) {
            this.objectKey = objectKey;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (closed) {
                throw new IOException("stream closed");
            }
            while (length > 0) {
                if (filled == buffer.length) {
                    sendPart();
                }
                var n = Math.min(length, buffer.length - filled);
                System.arraycopy(bytes, offset, buffer, filled, n);
                filled += n;
                offset += n;
                length -= n;
            }
        }

        private void sendPart() {
            if (uploadId == null) {
                uploadId = s3.createMultipartUpload(
                                request -> request.bucket(bucket).key(objectKey))
                        .uploadId();
            }
            var number = parts.size() + 1;
            var id = uploadId;
            var response = s3.uploadPart(
                    request -> request.bucket(bucket)
                            .key(objectKey)
                            .uploadId(id)
                            .partNumber(number)
                            .contentLength((long) filled),
                    RequestBody.fromBytes(Arrays.copyOf(buffer, filled)));
            parts.add(CompletedPart.builder()
                    .partNumber(number)
                    .eTag(response.eTag())
                    .build());
            filled = 0;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            if (uploadId == null) {
                s3.putObject(
                        request -> request.bucket(bucket).key(objectKey).contentLength((long) filled),
                        RequestBody.fromBytes(Arrays.copyOf(buffer, filled)));
            } else {
                if (filled > 0) {
                    sendPart();
                }
                var id = uploadId;
                s3.completeMultipartUpload(request -> request.bucket(bucket)
                        .key(objectKey)
                        .uploadId(id)
                        .multipartUpload(
                                CompletedMultipartUpload.builder().parts(parts).build()));
            }
            closed = true;
        }

        void abort() {
            closed = true;
            var id = uploadId;
            if (id != null) {
                try {
                    s3.abortMultipartUpload(
                            request -> request.bucket(bucket).key(objectKey).uploadId(id));
                } catch (RuntimeException ignored) {
                    // The bucket's lifecycle rule for incomplete uploads removes what remains.
                }
            }
        }
    }
}
