package shop.atelier.uploads.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import shop.atelier.MutableClock;
import shop.atelier.platform.NotFoundException;
import shop.atelier.uploads.Material;
import shop.atelier.uploads.MaterialAccess;
import shop.atelier.uploads.MaterialAccess.Outcome;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadOwner;
import shop.atelier.uploads.UploadScope;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/**
 * Materials reach a browser only through short-lived signed links, under headers that stop the
 * browser from running, sniffing or caching them; every read and every refusal is in the access log.
 */
@UploadsWebTest
class SignedLinksTests {

    static final Viewer GUEST = new Viewer("GUEST", "A-1001", null, "order-page");

    @LocalServerPort
    int port;

    @Autowired
    Uploads uploads;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<byte[]> fetch(String path, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<byte[]> fetch(String path) throws Exception {
        return fetch(path, Map.of());
    }

    static UploadScope newOrder() {
        return UploadScope.order(UUID.randomUUID());
    }

    Material store(UploadScope scope, MaterialKind kind, String name, byte[] content) {
        return uploads.store(scope, kind, name, new ByteArrayInputStream(content));
    }

    /** The access-log row of one attempt, found by its token. */
    Map<String, Object> logged(String link) throws Exception {
        var token = link.substring(link.lastIndexOf('/') + 1);
        var digest = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        return jdbc.sql("select * from upload_access_log where token_sha256 = :digest order by id desc limit 1")
                .param("digest", digest)
                .query()
                .singleRow();
    }

    static String tampered(String link) {
        var token = link.substring("/files/".length());
        var dot = token.indexOf('.');
        // Flip one character of the payload (the material id is in it).
        var chars = token.toCharArray();
        chars[dot - 3] = chars[dot - 3] == 'A' ? 'B' : 'A';
        return "/files/" + new String(chars);
    }

    @Test
    void photoIsServedDecryptedUnderHeadersThatRunNothingAndTheReadIsLogged() throws Exception {
        var scope = newOrder();
        var photo = store(scope, MaterialKind.PHOTO, "Grüße an Oma \"2026\".png", Pictures.png(321, 123));

        var link = uploads.link(photo.id(), Rendition.CONTENT, GUEST);
        var response = fetch(link);

        assertThat(response.statusCode()).isEqualTo(200);
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Type")).contains("image/png");
        assertThat(headers.firstValueAsLong("Content-Length")).hasValue(photo.size());
        assertThat(response.body()).hasSize((int) photo.size());
        assertThat(Pictures.decode(response.body()).getWidth()).isEqualTo(321);
        assertThat(headers.firstValue("Content-Disposition"))
                .contains("inline; filename=\"Gr__e an Oma _2026_.png\"; "
                        + "filename*=UTF-8''Gr%C3%BC%C3%9Fe%20an%20Oma%20_2026_.png");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Cache-Control")).contains("no-store");
        // Exactly these: the shop's page-wide policies must not be added beside them.
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly("default-src 'none'; sandbox");
        assertThat(headers.allValues("Cache-Control")).containsExactly("no-store");
        assertThat(headers.allValues("Cross-Origin-Resource-Policy")).containsExactly("same-origin");
        assertThat(headers.allValues("Referrer-Policy")).containsExactly("no-referrer");
        assertThat(headers.firstValue("Set-Cookie")).isEmpty();

        assertThat(uploads.accessLog(scope)).singleElement().satisfies(access -> {
            assertThat(access.material()).isEqualTo(photo.id());
            assertThat(access.outcome()).isEqualTo(Outcome.GRANTED);
            assertThat(access.rendition()).isEqualTo(Rendition.CONTENT);
            assertThat(access.viewerRole()).isEqualTo("GUEST");
            assertThat(access.subject()).isEqualTo("A-1001");
            assertThat(access.purpose()).isEqualTo("order-page");
            assertThat(access.principal()).isNull();
        });
    }

    @Test
    void downloadsAreAttachmentsTextHasItsCharsetAndThumbnailsAreSmallJpegs() throws Exception {
        var scope = newOrder();
        var poem = "Für Oma, mit Liebe.\n".repeat(20).getBytes(StandardCharsets.UTF_8);
        var text = store(scope, MaterialKind.TEXT, "poem.txt", poem);
        var photo = store(scope, MaterialKind.PHOTO, "wide.png", Pictures.png(1000, 250));

        var download = fetch(uploads.link(text.id(), Rendition.DOWNLOAD, GUEST));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("text/plain;charset=UTF-8");
        assertThat(download.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment; filename=\"poem.txt\""));
        assertThat(download.body()).isEqualTo(poem);

        var thumbnail = fetch(uploads.link(photo.id(), Rendition.THUMBNAIL, GUEST));
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).contains("image/jpeg");
        assertThat(thumbnail.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("inline; filename=\"wide-thumbnail.jpg\""));
        assertThat(thumbnail.body()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
        var image = Pictures.decode(thumbnail.body());
        assertThat(image.getWidth()).isEqualTo(400);
        assertThat(image.getHeight()).isEqualTo(100);
        assertThat(thumbnail.body().length).isLessThan(20_000);

        assertThatThrownBy(() -> uploads.link(text.id(), Rendition.THUMBNAIL, GUEST))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void pdfProofShownInlineMayUseTheBrowsersViewerButRunsNoScript() throws Exception {
        var pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
        var proof = store(newOrder(), MaterialKind.PROOF, "proof.pdf", pdf);

        var inline = fetch(uploads.link(proof.id(), Rendition.CONTENT, GUEST));
        assertThat(inline.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(inline.headers().allValues("Content-Security-Policy"))
                .containsExactly("default-src 'none'; object-src 'self'");
        assertThat(inline.body()).isEqualTo(pdf);

        var download = fetch(uploads.link(proof.id(), Rendition.DOWNLOAD, GUEST));
        assertThat(download.headers().firstValue("Content-Security-Policy")).contains("default-src 'none'; sandbox");
    }

    @Test
    void tamperedLinkIsRefusedWithAReadablePageAndTheAttemptIsLogged() throws Exception {
        var photo = store(newOrder(), MaterialKind.PHOTO, "cat.png", Pictures.png(50, 50));
        var forged = tampered(uploads.link(photo.id(), Rendition.CONTENT, GUEST));

        var response = fetch(forged, Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("This link does not work")
                .doesNotContain(photo.id().toString());
        var row = logged(forged);
        assertThat(row.get("outcome")).isEqualTo("DENIED");
        assertThat(row.get("reason")).isEqualTo("tampered");
        assertThat(row.get("material_id")).isNull();
    }

    @Test
    void malformedLinksAreRefusedAndJsonClientsGetProblemDetails() throws Exception {
        var response = fetch("/files/not-a-token", Map.of("Accept", "application/json"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("\"status\":403")
                .contains("The link has expired, was changed, or is meant for someone else.");
        assertThat(logged("/files/not-a-token").get("reason")).isEqualTo("malformed");
    }

    @Test
    void expiredLinkIsRefusedAndLoggedAgainstTheMaterial() throws Exception {
        var scope = newOrder();
        var photo = store(scope, MaterialKind.PHOTO, "cat.png", Pictures.png(50, 50));
        var link = uploads.link(photo.id(), Rendition.THUMBNAIL, GUEST);
        assertThat(fetch(link).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(5).plusSeconds(1));

        assertThat(fetch(link).statusCode()).isEqualTo(403);
        assertThat(uploads.accessLog(scope))
                .extracting(MaterialAccess::outcome, MaterialAccess::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.GRANTED, null),
                        org.assertj.core.groups.Tuple.tuple(Outcome.DENIED, "expired"));
    }

    @Test
    void linkToADeletedMaterialFindsNothing() throws Exception {
        var photo = store(newOrder(), MaterialKind.PHOTO, "cat.png", Pictures.png(50, 50));
        var link = uploads.link(photo.id(), Rendition.CONTENT, GUEST);
        uploads.delete(photo.id());

        var response = fetch(link);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("This file is no longer here");
        assertThat(logged(link).get("reason")).isEqualTo("not-found");
    }

    @Test
    void boundLinkIsRefusedToAnonymousVisitors() throws Exception {
        var scope = newOrder();
        var photo = store(scope, MaterialKind.PHOTO, "cat.png", Pictures.png(50, 50));
        var link = uploads.link(
                photo.id(), Rendition.CONTENT, new Viewer("CUSTOMER", "c-1", "anna@example.com", "order-page"));

        assertThat(fetch(link).statusCode()).isEqualTo(403);
        var row = logged(link);
        assertThat(row.get("reason")).isEqualTo("not-signed-in");
        assertThat(row.get("material_id")).isEqualTo(photo.id().value());
        // The bound principal is not in the link: an email address has no place in a URL.
        assertThat(link).doesNotContain("anna");
    }

    /** Signed in through the security filter chain as MockMvc requests (the session is not the point here). */
    @Test
    void customerBCannotUseALinkMadeForCustomerAAndTheAttemptIsAuditedWithBsName() throws Exception {
        var scope = newOrder();
        var photo = store(scope, MaterialKind.PHOTO, "anna.png", Pictures.png(64, 48));
        var link = uploads.link(
                photo.id(), Rendition.CONTENT, new Viewer("CUSTOMER", "customer-a", "anna@example.com", "order-page"));

        var refused = mvc.perform(get(link).with(user("bert@example.com").roles("CUSTOMER")))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString()).contains("This link does not work");

        var granted = mvc.perform(get(link).with(user("anna@example.com").roles("CUSTOMER")))
                .andReturn()
                .getResponse();
        assertThat(granted.getStatus()).isEqualTo(200);
        assertThat(Pictures.decode(granted.getContentAsByteArray()).getWidth()).isEqualTo(64);

        assertThat(uploads.accessLog(scope))
                .extracting(MaterialAccess::outcome, MaterialAccess::reason, MaterialAccess::principal)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Outcome.DENIED, "wrong-principal", "bert@example.com"),
                        org.assertj.core.groups.Tuple.tuple(Outcome.GRANTED, null, "anna@example.com"));
    }

    /** Promise M3: a read by the shop's team or a workshop is in the audit log, for the customer to see. */
    @Test
    void staffAndWorkshopReadsAreAuditedAndTheCustomersOwnAreNot() throws Exception {
        var order = UUID.randomUUID();
        var scope = UploadScope.order(order);
        var customer = UUID.randomUUID();
        var email = "owner-" + UUID.randomUUID() + "@example.com";
        uploads.assignOwner(scope, new UploadOwner(email, customer));
        var photo = store(scope, MaterialKind.PHOTO, "cat.png", Pictures.png(50, 50));

        var staffLink = uploads.link(
                photo.id(),
                Rendition.CONTENT,
                new Viewer("STAFF", "clerk@atelier.example", "clerk@atelier.example", "proof-review"));
        assertThat(mvc.perform(get(staffLink).with(user("clerk@atelier.example").roles("STAFF")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        var workshopLink = uploads.link(
                photo.id(), Rendition.THUMBNAIL, new Viewer("WORKSHOP", "Oak & Thread", null, "production"));
        assertThat(fetch(workshopLink).statusCode()).isEqualTo(200);
        var ownLink = uploads.link(
                photo.id(), Rendition.CONTENT, new Viewer("CUSTOMER", customer.toString(), email, "order-page"));
        assertThat(mvc.perform(get(ownLink).with(user(email).roles("CUSTOMER")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        // A refused staff read is not an access: nothing was opened.
        assertThat(fetch(tampered(staffLink)).statusCode()).isEqualTo(403);

        var audited = jdbc.sql("""
                        select actor, role, workshop, action, resource, customer_id, customer_email, order_id
                        from privacy_audit_log where order_id = :order order by sequence""").param("order", order).query().listOfRows();
        assertThat(audited).hasSize(2);
        assertThat(audited.get(0))
                .containsEntry("actor", "clerk@atelier.example")
                .containsEntry("role", "STAFF")
                .containsEntry("action", "open-material")
                .containsEntry("resource", "material:" + photo.id().value())
                .containsEntry("customer_id", customer)
                .containsEntry("customer_email", email);
        assertThat(audited.get(1)).containsEntry("role", "WORKSHOP").containsEntry("workshop", "Oak & Thread");
    }
}
