package shop.atelier.uploads.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Frame;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import shop.atelier.Browser;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * A PDF proof opened inline shows in Chromium's PDF viewer under the policy the link serves it with
 * (no script, style or connection of its own). Skipped where Chromium is not installed.
 */
@UploadsWebTest
class PdfProofBrowserTests {

    /** Chromium's built-in PDF viewer. */
    static final String PDF_VIEWER = "chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/";

    static final Viewer GUEST = new Viewer("GUEST", "A-2002", null, "proof-review");

    @LocalServerPort
    int port;

    @Autowired
    Uploads uploads;

    static byte[] pdfSaying(String text) {
        var content = "BT /F1 24 Tf 40 100 Td (" + text + ") Tj ET";
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                        + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
                        + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                        + "trailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void pdfProofOpensInTheBrowsersViewer() {
        var proof = uploads.store(
                UploadScope.order(UUID.randomUUID()),
                MaterialKind.PROOF,
                "mug-proof.pdf",
                new ByteArrayInputStream(pdfSaying("Proof for your mug")));
        var link = "http://localhost:" + port + uploads.link(proof.id(), Rendition.CONTENT, GUEST);

        try (var browser = Browser.launch()) {
            var page = browser.newVisitor().newPage();
            var response = page.navigate(link);
            assertThat(response.status()).isEqualTo(200);
            page.waitForCondition(
                    () -> page.frames().stream().map(Frame::url).anyMatch(url -> url.startsWith(PDF_VIEWER)));
            Browser.screenshot(page, "uploads-pdf-proof");
        }
    }
}
