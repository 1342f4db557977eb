package shop.atelier.rights.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Response headers of an access archive: a download, never cached or sniffed. */
final class Archives {

    private Archives() {}

    static void prepare(HttpServletResponse response, LocalDate today) {
        response.setContentType("application/zip");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("your-data-" + today + ".zip")
                        .build()
                        .toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}
