package shop.atelier.production.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import shop.atelier.customers.CustomerId;
import shop.atelier.customers.Customers;
import shop.atelier.customers.WorkshopAccountRefused;
import shop.atelier.orders.OrderStatus;
import shop.atelier.orders.Orders;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;
import shop.atelier.production.JobState;
import shop.atelier.production.OrderMade;
import shop.atelier.uploads.Uploads;

@ProductionModuleTest
class ProductionServiceTests {

    @Autowired
    ProductionService production;

    @Autowired
    WorkshopPortal portal;

    @Autowired
    Orders orders;

    @Autowired
    Customers customers;

    @Autowired
    Uploads uploads;

    @Autowired
    Disclosures disclosures;

    @Autowired
    Clock clock;

    ProductionFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ProductionFixtures(orders, customers, uploads, production, clock);
    }

    @Test
    void staffCreateAWorkshopAndInviteACraftsman() {
        var name = ProductionFixtures.unique("Oak & Thread");
        var workshop = production.createWorkshop(name, " Team@Oak.example ", true);
        var email = ProductionFixtures.email("Jo");
        var account = CustomerId.random();
        when(customers.inviteWorkshopUser(email.toLowerCase(), "Jo Craft")).thenReturn(account);

        production.invite(workshop.id(), " Jo Craft ", email, "staff@atelier.example");

        verify(customers).inviteWorkshopUser(email.toLowerCase(), "Jo Craft");
        var details = production.details(workshop.id());
        assertThat(details.workshop().contactEmail()).isEqualTo("team@oak.example");
        assertThat(details.members()).singleElement().satisfies(m -> {
            assertThat(m.accountId()).isEqualTo(account.value());
            assertThat(m.name()).isEqualTo("Jo Craft");
            assertThat(m.email()).isEqualTo(email.toLowerCase());
        });
        assertThat(portal.membership(email).workshop().name()).isEqualTo(name);
        assertThatThrownBy(() -> production.createWorkshop(name.toUpperCase(), null, true))
                .isInstanceOf(WorkshopNameTaken.class);
    }

    @Test
    void aCraftsmanBelongsToOneWorkshopOnly() {
        var first = fixtures.workshop();
        var second = fixtures.workshop();
        var email = ProductionFixtures.email("twice");
        var account = CustomerId.random();
        when(customers.inviteWorkshopUser(eq(email), any())).thenReturn(account);
        production.invite(first.id(), "Jo", email, "staff");

        assertThatThrownBy(() -> production.invite(second.id(), "Jo", email, "staff"))
                .isInstanceOf(AlreadyMember.class);
        assertThat(production.details(second.id()).members()).isEmpty();
    }

    @Test
    void anAddressOfACustomerIsRefusedWithTheCustomersModulesReason() {
        var workshop = fixtures.workshop();
        var email = ProductionFixtures.email("customer");
        when(customers.inviteWorkshopUser(eq(email), any())).thenThrow(new WorkshopAccountRefused());

        assertThatThrownBy(() -> production.invite(workshop.id(), "Ann", email, "staff"))
                .isInstanceOf(WorkshopAccountRefused.class);
        assertThat(production.details(workshop.id()).members()).isEmpty();
    }

    @Test
    void assigningALineRecordsTheDisclosureToTheWorkshop() {
        var workshop = fixtures.workshop();
        var order = fixtures.order();

        var job = fixtures.assign(order, order.mug(), workshop.id());

        assertThat(job.state()).isEqualTo(JobState.ASSIGNED);
        assertThat(job.orderNumber()).isEqualTo(order.number());
        var recorded = ArgumentCaptor.forClass(Disclosure.class);
        verify(disclosures).record(recorded.capture());
        var disclosure = recorded.getValue();
        assertThat(disclosure.recipient()).isEqualTo(workshop.name());
        assertThat(disclosure.recipientKind()).isEqualTo(Disclosure.RecipientKind.WORKSHOP);
        assertThat(disclosure.purpose()).isEqualTo("make order " + order.number());
        assertThat(disclosure.legalBasis()).isEqualTo(LegalBasis.CONTRACT);
        assertThat(disclosure.categories())
                .contains("content.personalization_text", "content.self_image", "content.proof_preview");
        assertThat(disclosure.customerId()).isEqualTo(order.customer().value());
        assertThat(disclosure.orderId()).isEqualTo(order.id().value());
        assertThat(disclosure.at()).isEqualTo(job.assignedAt());
    }

    @Test
    void noJobIsOpenedWhenItsDisclosureCannotBeRecorded() {
        var workshop = fixtures.workshop();
        var order = fixtures.order();
        doThrow(new IllegalStateException("register down")).when(disclosures).record(any());

        assertThatThrownBy(() -> fixtures.assign(order, order.mug(), workshop.id()))
                .isInstanceOf(IllegalStateException.class);

        assertThat(production.order(order.id()).lines().getFirst().assignable()).isTrue();
    }

    @Test
    void aLineHasOneOpenJobAndOnlyOrdersInProductionAreAssigned() {
        var workshop = fixtures.workshop();
        var order = fixtures.order();
        fixtures.assign(order, order.mug(), workshop.id());

        assertThatThrownBy(() -> fixtures.assign(order, order.mug(), workshop.id()))
                .isInstanceOf(LineNotAssignable.class)
                .hasMessageContaining("already has a job");

        var shipped = fixtures.order();
        shipped.becomes(OrderStatus.SHIPPED);
        assertThatThrownBy(() -> fixtures.assign(shipped, shipped.mug(), workshop.id()))
                .isInstanceOf(LineNotAssignable.class)
                .hasMessageContaining("not in production");

        var closed = production.createWorkshop(ProductionFixtures.unique("Closed"), null, false);
        assertThatThrownBy(() -> fixtures.assign(order, order.card(), closed.id()))
                .isInstanceOf(LineNotAssignable.class);
    }

    @Test
    void aRejectedJobGoesBackToStaffWithItsReasonAndTheLineIsAssignedAnew() {
        var first = fixtures.workshop();
        var second = fixtures.workshop();
        var craftsman = fixtures.craftsman(first);
        var order = fixtures.order();
        var job = fixtures.assign(order, order.mug(), first.id());

        portal.reject(portal.membership(craftsman), job.id(), "No oak left this month");

        assertThat(production.needingAttention()).anySatisfy(j -> {
            assertThat(j.id()).isEqualTo(job.id());
            assertThat(j.state()).isEqualTo(JobState.REJECTED);
            assertThat(j.rejectReason()).isEqualTo("No oak left this month");
        });
        var line = production.order(order.id()).lines().getFirst();
        assertThat(line.assignable()).isTrue();

        var again = fixtures.assign(order, order.mug(), second.id());

        assertThat(production.needingAttention()).noneMatch(j -> j.id().equals(job.id()));
        assertThat(production.order(order.id()).lines().getFirst().current().id())
                .isEqualTo(again.id());
        assertThat(production.order(order.id()).lines().getFirst().earlier())
                .extracting(Job::state)
                .containsExactly(JobState.REJECTED);
    }

    @Test
    void staffTakeAnOpenJobBackAndGiveItToAnotherWorkshop() {
        var first = fixtures.workshop();
        var second = fixtures.workshop();
        var order = fixtures.order();
        var job = fixtures.assign(order, order.mug(), first.id());

        production.withdraw(job.id());
        var again = fixtures.assign(order, order.mug(), second.id());

        assertThat(production.job(job.id()).state()).isEqualTo(JobState.REASSIGNED);
        assertThat(again.workshopId()).isEqualTo(second.id());
    }

    @Test
    void orderMadeIsPublishedExactlyWhenTheLastLineIsDone(AssertablePublishedEvents events) {
        var workshop = fixtures.workshop();
        var craftsman = fixtures.craftsman(workshop);
        var member = portal.membership(craftsman);
        var order = fixtures.order();
        var mug = fixtures.assign(order, order.mug(), workshop.id());
        var card = fixtures.assign(order, order.card(), workshop.id());

        portal.start(member, mug.id());
        portal.finish(member, mug.id());
        portal.start(member, card.id());
        assertThat(events.ofType(OrderMade.class).matching(OrderMade::orderId, order.id()))
                .isEmpty();

        portal.finish(member, card.id());

        assertThat(events.ofType(OrderMade.class).matching(OrderMade::orderId, order.id()))
                .hasSize(1);
    }
}
