package shop.atelier.production.internal.web.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import shop.atelier.customers.Customers;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.AuditLog;
import shop.atelier.production.JobState;
import shop.atelier.production.internal.Job;
import shop.atelier.production.internal.ProductionFixtures;
import shop.atelier.production.internal.ProductionModuleTest;
import shop.atelier.production.internal.ProductionService;
import shop.atelier.production.internal.Workshop;
import shop.atelier.proofs.LineProof;
import shop.atelier.proofs.ProofRequestId;
import shop.atelier.proofs.ProofState;
import shop.atelier.proofs.Proofs;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Uploads;

@ProductionModuleTest
class PortalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProductionService production;

    @Autowired
    Orders orders;

    @Autowired
    Customers customers;

    @Autowired
    Uploads uploads;

    @Autowired
    Proofs proofs;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Clock clock;

    ProductionFixtures fixtures;
    Workshop x;
    Workshop y;
    String craftsmanOfX;
    String craftsmanOfY;
    ProductionFixtures.Order order;
    Job job;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionFixtures(orders, customers, uploads, production, clock);
        x = fixtures.workshop();
        y = fixtures.workshop();
        craftsmanOfX = fixtures.craftsman(x);
        craftsmanOfY = fixtures.craftsman(y);
        order = fixtures.order();
        job = fixtures.assign(order, order.mug(), x.id());
        when(proofs.ofOrder(order.id()))
                .thenReturn(List.of(new LineProof(
                        new ProofRequestId(java.util.UUID.randomUUID()),
                        order.id(),
                        order.mug().lineId(),
                        ProofState.APPROVED,
                        2,
                        approvedPreview)));
    }

    final MaterialId approvedPreview = MaterialId.random();

    static RequestPostProcessor craftsman(String email) {
        return user(email).roles("WORKSHOP");
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        return response;
    }

    String jobPath() {
        return "/workshop/jobs/" + job.id();
    }

    @Test
    void aCraftsmanSeesTheOpenJobsOfTheirWorkshopOnly() throws Exception {
        var other = fixtures.order();
        var jobOfY = fixtures.assign(other, other.mug(), y.id());

        var page = perform(get("/workshop/jobs").with(craftsman(craftsmanOfX)));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains(x.name())
                .contains(order.number())
                .contains("/workshop/jobs/" + job.id())
                .doesNotContain(other.number())
                .doesNotContain(jobOfY.id().toString());
    }

    @Test
    void theJobPageShowsWhatMakingItNeedsAndIsAudited() throws Exception {
        var page = perform(get(jobPath()).with(craftsman(craftsmanOfX)));

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Job for order " + order.number())
                .contains("Photo mug, Large × 2")
                .contains("Happy 40th")
                .contains("/files/" + order.photo() + "/thumbnail?for=" + x.id())
                .contains("/files/" + order.photo() + "/download?for=" + x.id())
                .contains("The customer approved the design (round 2).")
                .contains("/files/" + approvedPreview + "/thumbnail?for=" + x.id())
                .contains("/files/" + approvedPreview + "/content?for=" + x.id())
                .contains(fixtures.inAWeek().toString());
        verify(auditLog)
                .record(
                        craftsmanOfX,
                        "WORKSHOP",
                        x.name(),
                        "view-job",
                        "order:" + order.id(),
                        order.customer().value(),
                        ProductionFixtures.MARKER_EMAIL,
                        order.id().value());
    }

    @Test
    void anotherWorkshopsCraftsmanIsRefusedAndNothingIsAudited() throws Exception {
        assertThat(perform(get(jobPath()).with(craftsman(craftsmanOfY))).getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/workshop/api/jobs/" + job.id()).with(craftsman(craftsmanOfY)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(post(jobPath() + "/start").with(csrf()).with(craftsman(craftsmanOfY)))
                        .getStatus())
                .isEqualTo(403);
        verify(auditLog, never()).record(anyString(), anyString(), any(), anyString(), anyString(), any(), any());
        verify(uploads, never()).link(any(), any(), any());
        assertThat(production.job(job.id()).state()).isEqualTo(JobState.ASSIGNED);
    }

    @Test
    void onlyCraftsmenOfAWorkshopUseThePortal() throws Exception {
        assertThat(perform(get("/workshop/jobs")).getStatus()).isEqualTo(302);
        assertThat(perform(get(jobPath()).with(user("staff@atelier.example").roles("STAFF")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get(jobPath()).with(user(craftsmanOfX).roles("CUSTOMER")))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/workshop/jobs").with(craftsman(ProductionFixtures.email("nobody"))))
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void aCraftsmanStartsAndFinishesTheJobAndThenLosesAccessToIt() throws Exception {
        var started = perform(post(jobPath() + "/start").with(csrf()).with(craftsman(craftsmanOfX)));
        assertThat(started.getStatus()).isEqualTo(302);
        assertThat(production.job(job.id()).state()).isEqualTo(JobState.IN_PROGRESS);

        var done = perform(post(jobPath() + "/done").with(csrf()).with(craftsman(craftsmanOfX)));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(production.job(job.id()).state()).isEqualTo(JobState.DONE);

        assertThat(perform(get(jobPath()).with(craftsman(craftsmanOfX))).getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/workshop/api/jobs/" + job.id()).with(craftsman(craftsmanOfX)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/workshop/jobs").with(craftsman(craftsmanOfX))).getContentAsString())
                .doesNotContain(order.number());
    }

    @Test
    void aRejectionNeedsAReasonAndEndsAccess() throws Exception {
        var empty = perform(post(jobPath() + "/reject")
                .with(csrf())
                .with(craftsman(craftsmanOfX))
                .param("reason", " "));
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("is-invalid");
        assertThat(production.job(job.id()).state()).isEqualTo(JobState.ASSIGNED);

        var rejected = perform(post(jobPath() + "/reject")
                .with(csrf())
                .with(craftsman(craftsmanOfX))
                .param("reason", "The photo is too dark to engrave"));

        assertThat(rejected.getStatus()).isEqualTo(302);
        assertThat(production.job(job.id()).rejectReason()).isEqualTo("The photo is too dark to engrave");
        assertThat(perform(get(jobPath()).with(craftsman(craftsmanOfX))).getStatus())
                .isEqualTo(403);
        var staffPage = perform(
                get("/staff/production").with(user("staff@atelier.example").roles("STAFF")));
        assertThat(staffPage.getContentAsString()).contains("The photo is too dark to engrave");
    }

    @Test
    void staffSeeWhichOrdersStillHaveItemsWithoutAWorkshop() throws Exception {
        var waiting = fixtures.order();
        when(orders.withStatus(OrderStatus.IN_PRODUCTION, 100)).thenReturn(List.of(order.summary(), waiting.summary()));

        var page = perform(get("/staff/production")
                        .with(user("staff@atelier.example").roles("STAFF")))
                .getContentAsString();

        var awaiting = Jsoup.parse(page).select("ul li");
        assertThat(awaiting.text())
                .contains(waiting.number() + " 2 items without a workshop")
                .contains(order.number() + " one item without a workshop");
    }

    @Test
    void aRemovedCraftsmanOrATakenBackJobIsRefusedAtOnce() throws Exception {
        assertThat(perform(get(jobPath()).with(craftsman(craftsmanOfX))).getStatus())
                .isEqualTo(200);
        production.withdraw(job.id());
        assertThat(perform(get(jobPath()).with(craftsman(craftsmanOfX))).getStatus())
                .isEqualTo(403);

        var again = fixtures.assign(order, order.mug(), x.id());
        var member = production.details(x.id()).members().stream()
                .filter(m -> m.email().equals(craftsmanOfX))
                .findFirst()
                .orElseThrow();
        production.removeMember(x.id(), member.accountId());

        assertThat(perform(get("/workshop/jobs/" + again.id()).with(craftsman(craftsmanOfX)))
                        .getStatus())
                .isEqualTo(403);
        assertThat(perform(get("/workshop/jobs").with(craftsman(craftsmanOfX))).getStatus())
                .isEqualTo(403);
    }

    @Test
    void noPortalPageOrJsonShowsTheCustomersContactData() throws Exception {
        var responses = List.of(
                perform(get("/workshop/jobs").with(craftsman(craftsmanOfX))),
                perform(get(jobPath()).with(craftsman(craftsmanOfX))),
                perform(get("/workshop/api/jobs").with(craftsman(craftsmanOfX)).accept(MediaType.APPLICATION_JSON)),
                perform(get("/workshop/api/jobs/" + job.id())
                        .with(craftsman(craftsmanOfX))
                        .accept(MediaType.APPLICATION_JSON)));

        for (var response : responses) {
            assertThat(response.getStatus()).isEqualTo(200);
            var body = response.getContentAsString();
            assertThat(body).contains(order.number());
            for (var marker : ProductionFixtures.MARKERS) {
                assertThat(body).doesNotContainIgnoringCase(marker);
            }
        }
        assertThat(responses.get(3).getContentAsString())
                .contains("\"orderNumber\"")
                .contains("Happy 40th");
    }

    @Test
    void staffSeeTheOrdersLinesAndAssignThem() throws Exception {
        var other = fixtures.order();
        var staff = user("staff@atelier.example").roles("STAFF");

        var found =
                perform(get("/staff/production").param("order", other.number()).with(staff));
        assertThat(found.getStatus()).isEqualTo(302);
        assertThat(found.getRedirectedUrl()).isEqualTo("/staff/production/orders/" + other.id());

        var invalid = perform(post("/staff/production/orders/" + other.id() + "/lines/"
                        + other.mug().lineId())
                .with(csrf())
                .with(staff)
                .param("workshopId", y.id().toString()));
        assertThat(invalid.getStatus()).isEqualTo(400);

        var assigned = perform(post("/staff/production/orders/" + other.id() + "/lines/"
                        + other.mug().lineId())
                .with(csrf())
                .with(staff)
                .param("workshopId", y.id().toString())
                .param("dueOn", fixtures.inAWeek().toString()));
        assertThat(assigned.getStatus()).isEqualTo(302);

        var page = perform(get("/staff/production/orders/" + other.id()).with(staff));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("At " + y.name().replace("&", "&amp;") + ": Assigned");
        assertThat(perform(get("/workshop/jobs").with(craftsman(craftsmanOfY))).getContentAsString())
                .contains(other.number());
    }

    @Test
    void staffCreateWorkshopsAndInviteCraftsmenThroughThePages() throws Exception {
        var staff = user("staff@atelier.example").roles("STAFF");
        var name = ProductionFixtures.unique("Birch");

        var blank = perform(post("/staff/workshops").with(csrf()).with(staff).param("name", ""));
        assertThat(blank.getStatus()).isEqualTo(400);

        var created = perform(post("/staff/workshops")
                .with(csrf())
                .with(staff)
                .param("name", name)
                .param("active", "true"));
        assertThat(created.getStatus()).isEqualTo(302);
        var path = created.getRedirectedUrl();

        var email = ProductionFixtures.email("pat");
        var invited = perform(post(path + "/members")
                .with(csrf())
                .with(staff)
                .param("name", "Pat Maker")
                .param("email", email));
        assertThat(invited.getStatus()).isEqualTo(302);
        verify(customers).inviteWorkshopUser(eq(email), eq("Pat Maker"));

        var page = perform(get(path).with(staff));
        assertThat(page.getContentAsString())
                .contains(name)
                .contains("Pat Maker")
                .contains(email);
        assertThat(perform(get("/staff/workshops").with(staff)).getContentAsString())
                .contains(name);
    }
}
