package shop.atelier.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import shop.atelier.privacy.Disclosure;
import shop.atelier.privacy.Disclosure.RecipientKind;
import shop.atelier.privacy.Disclosures;
import shop.atelier.privacy.spi.LegalBasis;

/** Every handover is recorded with the caller's transaction and found again; none for marketing (S1). */
@PrivacyTest
class DisclosureRegisterTests {

    @Autowired
    Disclosures disclosures;

    @Autowired
    DisclosureRegister register;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    static String email() {
        return "Person-" + UUID.randomUUID() + "@Example.com";
    }

    static Disclosure toCarrier(String email, UUID order, Instant at) {
        return new Disclosure(
                "Parcel Express",
                RecipientKind.CARRIER,
                "deliver order A-1",
                LegalBasis.CONTRACT,
                List.of("contact.name", "address.shipping"),
                null,
                email,
                order,
                at,
                "PX-123");
    }

    @Test
    void recordedDisclosuresAreFoundByEmailOrderRecipientAndDate() {
        var email = email();
        var order = UUID.randomUUID();
        var at = Instant.parse("2026-03-04T10:15:30Z");
        disclosures.record(toCarrier(email, order, at));

        var byEmail = register.search(new DisclosureRegister.Query(email.toUpperCase(), null, null, null, null, null));
        assertThat(byEmail).singleElement().satisfies(d -> {
            assertThat(d.email()).isEqualTo(email.toLowerCase());
            assertThat(d.recipient()).isEqualTo("Parcel Express");
            assertThat(d.recipientKind()).isEqualTo(RecipientKind.CARRIER);
            assertThat(d.categories()).containsExactly("contact.name", "address.shipping");
            assertThat(d.orderId()).isEqualTo(order);
            assertThat(d.at()).isEqualTo(at);
            assertThat(d.reference()).isEqualTo("PX-123");
            assertThat(d.recordedBy()).isEqualTo("system");
        });
        assertThat(register.search(new DisclosureRegister.Query(null, order, null, null, null, null)))
                .hasSize(1);
        assertThat(register.search(new DisclosureRegister.Query(
                        email, null, null, "parcel", at.minus(1, ChronoUnit.DAYS), at.plusSeconds(1))))
                .hasSize(1);
        assertThat(register.search(new DisclosureRegister.Query(email, null, null, "DHL", null, null)))
                .isEmpty();
        assertThat(register.search(new DisclosureRegister.Query(email, null, null, null, at.plusSeconds(1), null)))
                .isEmpty();
    }

    @Test
    void aDisclosureRollsBackWithTheHandoverItRecords() {
        var email = email();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    disclosures.record(toCarrier(email, UUID.randomUUID(), Instant.now()));
                    throw new IllegalStateException("the carrier refused the label");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(register.search(new DisclosureRegister.Query(email, null, null, null, null, null)))
                .isEmpty();
    }

    /** S1: personal data is never sold, rented or traded for marketing. */
    @Test
    void noThirdPartyReceivesPersonalDataForMarketing() {
        var email = email();
        for (var purpose : List.of("marketing", "Joint MARKETING campaign", "e-mail marketing partner")) {
            assertThatThrownBy(() -> disclosures.record(new Disclosure(
                            "Partner Ltd",
                            RecipientKind.THIRD_PARTY,
                            purpose,
                            LegalBasis.CONSENT,
                            List.of("contact.email"),
                            null,
                            email,
                            null,
                            Instant.now(),
                            null)))
                    .isInstanceOf(DisclosureForMarketingRefused.class);
        }
        assertThat(register.search(new DisclosureRegister.Query(email, null, null, null, null, null)))
                .isEmpty();
        // Not even behind the application's back: the table refuses it too.
        assertThatThrownBy(
                        () -> jdbc.sql("""
                        insert into privacy_disclosures (id, recipient, recipient_kind, purpose, legal_basis, categories,
                            email, at, recorded_by, recorded_at)
                        values (gen_random_uuid(), 'Partner', 'THIRD_PARTY', 'marketing', 'CONSENT',
                            array['contact.email'], :email, now(), 'x', now())""").param("email", email.toLowerCase()).update())
                .hasMessageContaining("privacy_disclosures_never_for_marketing");
    }

    /** S4: other third parties only with the person's explicit consent, named by its record. */
    @Test
    void aThirdPartyReceivesDataOnlyWithTheConsentItNames() {
        var email = email();
        for (var basis : List.of(LegalBasis.CONTRACT, LegalBasis.LEGITIMATE_INTEREST, LegalBasis.CONSENT)) {
            assertThatThrownBy(() -> disclosures.record(thirdParty(email, basis, null)))
                    .as("%s without a consent reference", basis)
                    .isInstanceOf(ThirdPartyWithoutConsentRefused.class);
        }
        assertThatThrownBy(() -> disclosures.record(thirdParty(email, LegalBasis.CONTRACT, "consent:abc")))
                .isInstanceOf(ThirdPartyWithoutConsentRefused.class);
        assertThat(register.search(new DisclosureRegister.Query(email, null, null, null, null, null)))
                .isEmpty();

        disclosures.record(thirdParty(email, LegalBasis.CONSENT, "consent:photo-book-2026-11-27"));

        assertThat(register.search(new DisclosureRegister.Query(email, null, null, null, null, null)))
                .hasSize(1);
    }

    private static Disclosure thirdParty(String email, LegalBasis basis, @Nullable String reference) {
        return new Disclosure(
                "Photo Book Co",
                RecipientKind.THIRD_PARTY,
                "print the photo book the customer ordered from them",
                basis,
                List.of("content.customer_material"),
                null,
                email,
                null,
                Instant.now(),
                reference);
    }
}
