package shop.atelier.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import shop.atelier.privacy.spi.DataSubject;

class RightsRequestTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final Duration DUE = Duration.ofDays(30);

    static RightsRequest unverified(RequestType type) {
        return RightsRequest.receive(
                type, Channel.STAFF, DataSubject.guest("Ann@Example.com"), "by mail", null, null, "officer", NOW, DUE);
    }

    @Test
    void aRequestIsDueThirtyDaysAfterItsReceiptAndWaitsForItsRequesterToBeVerified() {
        var request = unverified(RequestType.ACCESS);

        assertThat(request.dueAt()).isEqualTo(NOW.plus(DUE));
        assertThat(request.state()).isEqualTo(RequestState.IDENTITY_UNVERIFIED);
        assertThat(request.email()).isEqualTo("ann@example.com");
        assertThat(request.emailHash())
                .isEqualTo(EmailHash.of("ann@example.com"))
                .hasSize(64);
        assertThatThrownBy(() -> request.completeAccess("officer", NOW, Duration.ofDays(7)))
                .isInstanceOf(RequestStateRefused.class);
        assertThat(request.takeNewHistory())
                .extracting(HistoryEntry::state)
                .containsExactly(RequestState.RECEIVED, RequestState.IDENTITY_UNVERIFIED);
    }

    @Test
    void anErasureKeepsOnlyTheHashOfTheAddressAndTheReceipt() {
        var request = unverified(RequestType.ERASURE);
        request.verifyIdentity("phone call", "officer", NOW);
        request.completeErasure("{\"at\":\"x\"}", "officer", NOW);

        assertThat(request.state()).isEqualTo(RequestState.COMPLETED);
        assertThat(request.email()).isNull();
        assertThat(request.details()).isNull();
        assertThat(request.receipt()).isNotNull();
        assertThat(request.emailHash()).isEqualTo(EmailHash.of("ann@example.com"));
        assertThatThrownBy(() -> request.refuse("late", "officer", NOW)).isInstanceOf(RequestStateRefused.class);
    }

    @Test
    void anAccessArchiveKeepsTheAddressUntilItExpires() {
        var request = unverified(RequestType.ACCESS);
        request.verifyIdentity("emailed link", "requester", NOW);
        request.completeAccess("requester", NOW, Duration.ofDays(7));

        assertThat(request.archiveAvailable(NOW.plus(Duration.ofDays(6)))).isTrue();
        assertThat(request.archiveAvailable(NOW.plus(Duration.ofDays(7)))).isFalse();
        request.archiveExpired(NOW.plus(Duration.ofDays(7)));
        assertThat(request.email()).isNull();
    }

    @Test
    void onlyOpenRequestsOfTheSamePersonAndTypeMerge() {
        var first = unverified(RequestType.ERASURE);
        var second = unverified(RequestType.ERASURE);
        var other = unverified(RequestType.ACCESS);

        assertThatThrownBy(() -> second.mergeInto(other, "officer", NOW)).isInstanceOf(RequestStateRefused.class);
        second.mergeInto(first, "officer", NOW);

        assertThat(second.state()).isEqualTo(RequestState.MERGED);
        assertThat(second.mergedInto()).isEqualTo(first.id());
        assertThat(first.details()).contains("by mail");
    }

    @Test
    void aRefusalNeedsToBeOpenAndForgetsTheAddress() {
        var request = unverified(RequestType.CORRECTION);
        request.refuse("not our data", "officer", NOW);

        assertThat(request.state()).isEqualTo(RequestState.REFUSED);
        assertThat(request.refusalReason()).isEqualTo("not our data");
        assertThat(request.email()).isNull();
    }
}
