package shop.atelier.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;

/**
 * Receives one file from an HTTP request as a stream, never as a whole: neither in memory nor in a
 * temporary file in clear. Servlet multipart parsing is switched off for the whole application
 * ({@code spring.servlet.multipart.enabled=false}) because the container would write every part to
 * a temporary file first.
 *
 * <p>Two shapes are accepted:
 *
 * <ul>
 *   <li>the raw request body (what the page's script sends, so it can show progress), with the
 *       file's name in the query parameter {@code filename};
 *   <li>a {@code multipart/form-data} form (what a browser without JavaScript sends), parsed while it
 *       streams: the form fields that come <em>before</em> the file part are handed over with it.
 *       Such forms carry their CSRF token in the action URL's query ({@code _csrf}), since the body
 *       is not read before the controller runs.
 * </ul>
 */
public final class StreamedUploads {

    /** The most form fields before the file, and the longest value of one. */
    static final int MAX_FIELDS = 20;

    static final int MAX_FIELD_LENGTH = 4096;

    private StreamedUploads() {}

    /** What to do with the file while it streams in. */
    @FunctionalInterface
    public interface Receiver<T> {
        /**
         * @param filename the name the client gave (may be empty); a label, never a path
         * @param content the file's bytes; read it to its end or as far as needed
         * @param fields form fields sent before the file (empty for a raw body)
         */
        T receive(String filename, InputStream content, Map<String, String> fields) throws IOException;
    }

    /** The request holds no usable file, or is not well-formed; answer 400. */
    public static final class MalformedUpload extends RuntimeException {
        public MalformedUpload(String message) {
            super(message);
        }

        public MalformedUpload(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether the request is a multipart form (otherwise its body is the file). */
    public static boolean isMultipart(HttpServletRequest request) {
        return JakartaServletFileUpload.isMultipartContent(request);
    }

    /**
     * Hands the request's file to {@code receiver} as a stream.
     *
     * @param fileField the name of the file input in a multipart form
     * @throws MalformedUpload when there is no file, a field is too long or the multipart body is
     *     broken
     * @throws IOException when the client's connection fails while the file streams in
     */
    public static <T> T receive(HttpServletRequest request, String fileField, Receiver<T> receiver) throws IOException {
        if (!isMultipart(request)) {
            var filename = request.getParameter("filename");
            return receiver.receive(filename == null ? "" : filename, request.getInputStream(), Map.of());
        }
        var upload = new JakartaServletFileUpload<>();
        upload.setHeaderCharset(StandardCharsets.UTF_8);
        upload.setMaxFileCount(MAX_FIELDS + 1);
        upload.setMaxPartHeaderSize(MAX_FIELD_LENGTH);
        try {
            var items = upload.getItemIterator(request);
            var fields = new LinkedHashMap<String, String>();
            while (items.hasNext()) {
                var item = items.next();
                if (item.isFormField()) {
                    if (fields.size() >= MAX_FIELDS) {
                        throw new MalformedUpload("Too many form fields");
                    }
                    fields.put(item.getFieldName(), fieldValue(item.getInputStream()));
                    continue;
                }
                if (!fileField.equals(item.getFieldName())) {
                    throw new MalformedUpload("Unexpected file field " + item.getFieldName());
                }
                var name = item.getName();
                var content = item.getInputStream();
                var result = receiver.receive(name == null ? "" : name, content, Collections.unmodifiableMap(fields));
                // Closing a part reads it to its end; done only after success, so a refused upload
                // (too large, wrong type) is cut off where it was refused instead of read whole.
                content.close();
                return result;
            }
        } catch (FileUploadException e) {
            throw new MalformedUpload("The form could not be read", e);
        }
        throw new MalformedUpload("The form holds no file");
    }

    private static String fieldValue(InputStream in) throws IOException {
        var bytes = in.readNBytes(MAX_FIELD_LENGTH + 1);
        if (bytes.length > MAX_FIELD_LENGTH) {
            throw new MalformedUpload("A form field is too long");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
