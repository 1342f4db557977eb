package shop.atelier.proofs.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.DispatcherServlet;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.CustomerProfile;
import shop.atelier.customers.Customers;
import shop.atelier.notifications.Notifications;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.proofs.ProofState;
import shop.atelier.proofs.internal.ProofDetails;
import shop.atelier.proofs.internal.ProofFixtures;
import shop.atelier.proofs.internal.ProofService;
import shop.atelier.proofs.internal.ProofsModuleTest;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.MaterialKind;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.UploadRejected;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

@ProofsModuleTest
class ProofPagesTests {

    static final String STAFF = "staff@atelier.example";
    static final String BOUNDARY = "----proofs-test-boundary";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProofService proofs;

    @Autowired
    Orders orders;

    @Autowired
    Uploads uploads;

    @Autowired
    Notifications notifications;

    @Autowired
    Customers customers;

    ProofFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProofFixtures(orders, uploads);
    }

    @Test
    void staffSeeThePersonalizationAndPublishAPreviewWithAStreamedForm() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        var path = "/staff/orders/" + order.id() + "/proofs";

        var page = page(get(path).with(staff()));
        assertThat(page.getStatus()).isEqualTo(200);
        var html = page.getContentAsString();
        assertThat(html)
                .contains("Design proofs of order " + order.number())
                .contains("Photo mug, Large")
                .contains("Poster, A3")
                .doesNotContain("Gift card")
                .contains("For Ann")
                .contains("/files/" + ProofFixtures.PHOTO + "/thumbnail?for=STAFF")
                .contains("enctype=\"multipart/form-data\"")
                .contains(path + "/" + mug.id() + "?_csrf=");
        assertThat(html.indexOf("name=\"note\"")).isLessThan(html.indexOf("name=\"file\""));
        verify(uploads)
                .link(
                        new MaterialId(UUID.fromString(ProofFixtures.PHOTO)),
                        Rendition.THUMBNAIL,
                        new Viewer("STAFF", STAFF, STAFF, "proof-preparation"));

        var response = page(publish(path + "/" + mug.id(), "Is the name right?", "mug.png"));

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getRedirectedUrl()).isEqualTo(path);
        var after = proof(order, order.mugLine());
        assertThat(after.state()).isEqualTo(ProofState.AWAITING_CUSTOMER);
        assertThat(after.latest().staffNote()).isEqualTo("Is the name right?");
        verify(notifications).enqueue(any());
        assertThat(page(get(path).with(staff())).getContentAsString())
                .contains("Round 1")
                .contains("Is the name right?")
                .contains("by " + STAFF)
                .contains("Publish round 2");
    }

    @Test
    void aRefusedFileIsExplainedNextToTheFieldAndNothingIsStored() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        when(uploads.store(any(), eq(MaterialKind.PROOF), anyString(), any()))
                .thenThrow(new UploadRejected(UploadRejected.Reason.TYPE_NOT_ALLOWED, "text/html"));

        var response = page(publish("/staff/orders/" + order.id() + "/proofs/" + mug.id(), "Here it is", "proof.html"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("We cannot accept this kind of file here.")
                .contains("id=\"file-" + mug.id() + "-error\"")
                .contains("aria-describedby=\"file-" + mug.id() + "-hint file-" + mug.id() + "-error\"")
                .contains(">Here it is</textarea>");
        assertThat(proof(order, order.mugLine()).rounds()).isEmpty();
        verify(notifications, never()).enqueue(any());
    }

    @Test
    void aNoteTooLongOrAMissingFileIsRefusedBeforeAnythingIsStored() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        var action = "/staff/orders/" + order.id() + "/proofs/" + mug.id();

        var tooLong = page(publish(action, "x".repeat(1001), "mug.png"));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(tooLong.getContentAsString()).contains("The note may have at most 1000 characters.");

        var cardNumber = page(publish(action, "Paid with 4111 1111 1111 1111", "mug.png"));
        assertThat(cardNumber.getStatus()).isEqualTo(400);
        assertThat(cardNumber.getContentAsString()).contains("This looks like a payment card number.");

        var noFile = page(publish(action, "A note", ""));
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(noFile.getContentAsString()).contains("Choose the preview file to publish.");

        verify(uploads, never()).store(any(), any(), anyString(), any());
        assertThat(proof(order, order.mugLine()).rounds()).isEmpty();
    }

    @Test
    void publishingForAnApprovedLineIsAReadableConflict() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publishDirectly(order, mug);
        proofs.approve(order.id(), mug.id(), 1);

        var response = page(publish("/staff/orders/" + order.id() + "/proofs/" + mug.id(), "", "again.png"));

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString())
                .contains("The customer has already approved this design")
                .contains("href=\"/staff/orders/" + order.id() + "/proofs\"");
        verify(uploads, times(1)).store(any(), any(), anyString(), any());
    }

    @Test
    void theQueueGroupsOpenProofsByState() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publishDirectly(order, mug);
        proofs.requestChanges(order.id(), mug.id(), 1, "Larger");

        var html = page(get("/staff/proofs").with(staff())).getContentAsString();

        var changes = html.indexOf("The customer asked for changes");
        var awaiting = html.indexOf("Waiting for a first preview");
        assertThat(changes).isPositive().isLessThan(awaiting);
        var mugRow = html.indexOf(order.number());
        var posterRow = html.indexOf(order.number(), mugRow + 1);
        assertThat(mugRow).isBetween(changes, awaiting);
        assertThat(posterRow).isGreaterThan(awaiting);
        assertThat(page(get("/staff/proofs").with(user("ann@example.com"))).getStatus())
                .isEqualTo(403);
    }

    @Test
    void aGuestReviewsThroughTheTrackingLinkAndApproves() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        var poster = proof(order, order.posterLine());
        publishDirectly(order, mug);
        var path = "/orders/track/" + order.token() + "/proofs";

        var html = page(get(path)).getContentAsString();
        assertThat(html)
                .contains("Design previews for order " + order.number())
                .contains("Approve this design")
                .contains("Request changes")
                .contains("<label class=\"form-label\" for=\"comment-" + mug.id() + "\"")
                .contains("/thumbnail?for=GUEST")
                .contains("action=\"" + path + "/" + mug.id() + "/approve\"")
                .contains("We are preparing the design.");
        verify(uploads)
                .link(any(), eq(Rendition.THUMBNAIL), eq(new Viewer("GUEST", order.number(), null, "proof-review")));

        var approved = result(
                post(path + "/" + mug.id() + "/approve").param("round", "1").with(csrf()));
        assertThat(approved.getResponse().getStatus()).isEqualTo(303);
        assertThat(approved.getResponse().getRedirectedUrl()).isEqualTo(path);
        assertThat(approved.getFlashMap().get("notice")).isEqualTo("proofs.customer.approved");
        assertThat(proof(order, order.mugLine()).state()).isEqualTo(ProofState.APPROVED);
        verify(orders, never()).proofsApproved(order.id());

        publishDirectly(order, poster);
        page(post(path + "/" + poster.id() + "/approve").param("round", "1").with(csrf()));
        verify(orders, times(1)).proofsApproved(order.id());
        order.becomes(OrderStatus.IN_PRODUCTION);
        assertThat(page(get(path)).getContentAsString()).contains("You approved every design.");
    }

    @Test
    void aStaleAnswerChangesNothingAndSaysSo() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publishDirectly(order, mug);
        publishDirectly(order, mug);
        var path = "/orders/track/" + order.token() + "/proofs";

        var stale = result(
                post(path + "/" + mug.id() + "/approve").param("round", "1").with(csrf()));
        var staleChanges = result(post(path + "/" + mug.id() + "/changes")
                .param("round", "1")
                .param("comment", "Bigger")
                .with(csrf()));

        assertThat(stale.getResponse().getStatus()).isEqualTo(303);
        assertThat(stale.getFlashMap().get("message")).isEqualTo("proofs.customer.stale");
        assertThat(staleChanges.getFlashMap().get("message")).isEqualTo("proofs.customer.stale");
        var after = proof(order, order.mugLine());
        assertThat(after.state()).isEqualTo(ProofState.AWAITING_CUSTOMER);
        assertThat(after.round()).isEqualTo(2);
        // What the redirect leaves as flash attributes, set directly: MockMvc's flashAttr goes to the
        // mock session, which Spring Session's request wrapper does not see.
        var shown = page(get(path).requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, stale.getFlashMap()))
                .getContentAsString();
        assertThat(shown).contains("This preview was already answered or replaced by a newer one");
    }

    @Test
    void aChangeRequestNeedsACommentWithoutCardNumbers() throws Exception {
        var order = fixtures.order(null);
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publishDirectly(order, mug);
        var action = "/orders/track/" + order.token() + "/proofs/" + mug.id() + "/changes";

        var empty = page(post(action).param("round", "1").param("comment", "  ").with(csrf()));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString())
                .contains("Please tell us what to change.")
                .contains("aria-describedby=\"comment-" + mug.id() + "-hint comment-" + mug.id() + "-error\"");

        var card = page(post(action)
                .param("round", "1")
                .param("comment", "Charge 4111-1111-1111-1111 for the extra")
                .with(csrf()));
        assertThat(card.getStatus()).isEqualTo(400);
        assertThat(card.getContentAsString()).contains("This looks like a payment card number.");

        var tooLong = page(post(action)
                .param("round", "1")
                .param("comment", "x".repeat(2001))
                .with(csrf()));
        assertThat(tooLong.getStatus()).isEqualTo(400);
        assertThat(proof(order, order.mugLine()).state()).isEqualTo(ProofState.AWAITING_CUSTOMER);

        var sent = page(
                post(action).param("round", "1").param("comment", "Larger name").with(csrf()));
        assertThat(sent.getStatus()).isEqualTo(303);
        assertThat(proof(order, order.mugLine()).state()).isEqualTo(ProofState.CHANGES_REQUESTED);
    }

    @Test
    void proofPagesOpenOnlyForTheOrdersCustomerOrTrackingLink() throws Exception {
        var ann = new CustomerProfile(CustomerId.random(), "Ann", "ann@example.com", null);
        var order = fixtures.order(ann.id());
        proofs.startProofing(order.id());
        var mug = proof(order, order.mugLine());
        publishDirectly(order, mug);
        var path = "/account/orders/" + order.id() + "/proofs";

        when(customers.signedIn()).thenReturn(Optional.of(ann));
        var own = page(get(path).with(user(ann.email())));
        assertThat(own.getStatus()).isEqualTo(200);
        assertThat(own.getContentAsString()).contains("/thumbnail?for=CUSTOMER");
        verify(uploads)
                .link(
                        any(),
                        eq(Rendition.THUMBNAIL),
                        eq(new Viewer("CUSTOMER", ann.id().toString(), ann.email(), "proof-review")));

        var bob = new CustomerProfile(CustomerId.random(), "Bob", "bob@example.com", null);
        when(customers.signedIn()).thenReturn(Optional.of(bob));
        assertThat(page(get(path).with(user(bob.email()))).getStatus()).isEqualTo(404);
        assertThat(page(post(path + "/" + mug.id() + "/approve")
                                .param("round", "1")
                                .with(csrf())
                                .with(user(bob.email())))
                        .getStatus())
                .isEqualTo(404);
        assertThat(proof(order, order.mugLine()).state()).isEqualTo(ProofState.AWAITING_CUSTOMER);

        assertThat(page(get("/orders/track/not-a-token/proofs")).getStatus()).isEqualTo(404);
        assertThat(page(get("/orders/track/" + "x".repeat(500) + "/proofs")).getStatus())
                .isEqualTo(404);
        assertThat(page(get(path)).getStatus()).as("account pages need sign-in").isEqualTo(302);
    }

    private void publishDirectly(ProofFixtures.Order order, ProofDetails proof) {
        proofs.publish(
                order.id(), proof.id(), "preview.png", new ByteArrayInputStream(new byte[] {1, 2, 3}), null, STAFF);
    }

    private ProofDetails proof(ProofFixtures.Order order, UUID line) {
        return proofs.ofOrder(order.id()).stream()
                .filter(p -> p.lineId().equals(line))
                .findFirst()
                .orElseThrow();
    }

    /** The staff form as a browser sends it: the note first, then the file, streamed. */
    private static MockHttpServletRequestBuilder publish(String action, String note, String filename) {
        var body = new ByteArrayOutputStream();
        var text = "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"note\"\r\n\r\n"
                + note + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + filename + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        if (!filename.isEmpty()) {
            body.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        }
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(action)
                .contentType("multipart/form-data; boundary=" + BOUNDARY)
                .content(body.toByteArray())
                .with(csrf())
                .with(staff());
    }

    private MvcResult result(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn();
    }

    private MockHttpServletResponse page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private static RequestPostProcessor staff() {
        return user(STAFF).roles("STAFF");
    }
}
