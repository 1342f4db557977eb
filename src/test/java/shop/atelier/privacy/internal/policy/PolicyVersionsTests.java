package shop.atelier.privacy.internal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.platform.NotFoundException;
import shop.atelier.platform.ShopProperties;
import shop.atelier.privacy.PolicyPublished;
import shop.atelier.privacy.PolicyVersions;
import shop.atelier.privacy.internal.PrivacyTest;
import shop.atelier.privacy.internal.cookies.ConsentMethod;
import shop.atelier.privacy.internal.cookies.ConsentRegister;

/**
 * Versions of the privacy policy (promise V1): a draft changes nothing until it is published; the
 * published version is in force, announced once, and named by every consent recorded after it; a
 * published version never changes; without any published version the configured one is in force.
 */
@PrivacyTest
@RecordApplicationEvents
class PolicyVersionsTests {

    @Autowired
    PolicyLibrary library;

    @Autowired
    PolicyVersions versions;

    @Autowired
    ConsentRegister consents;

    @Autowired
    ShopProperties shop;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    static String label() {
        return "t-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void theFirstVersionIsSeededFromTheShopsOwnPolicy() {
        var first = library.publishedVersion("2026-11-27");
        assertThat(first.body()).contains("## 1. Information We Collect", "{privacy-contact}", "- Shopify");
        assertThat(first.published()).isTrue();
        assertThat(first.material()).isFalse();
    }

    @Test
    void aDraftChangesNothingUntilPublishedThenItIsInForceAndAnnouncedOnce() {
        var label = label();
        var draft = library.draft(label, "Workshops in Portugal make our mugs now.", true, "## Who we are\nWe.");
        assertThat(versions.current()).isNotEqualTo(label);
        assertThat(library.published()).extracting(PolicyVersion::label).doesNotContain(label);
        assertThat(events.stream(PolicyPublished.class))
                .noneMatch(e -> e.version().equals(label));

        var published = library.publish(draft.id());

        assertThat(published.published()).isTrue();
        assertThat(published.publishedAt()).isNotNull();
        assertThat(versions.current()).isEqualTo(label);
        assertThat(versions.summaryOf(label)).contains("Workshops in Portugal make our mugs now.");
        assertThat(events.stream(PolicyPublished.class).filter(e -> e.version().equals(label)))
                .containsExactly(new PolicyPublished(label, true));
    }

    @Test
    void everyConsentRecordedAfterPublicationNamesTheNewVersion() {
        var label = label();
        library.publish(library.draft(label, "A clearer section on cookies.", false, "Text.")
                .id());

        var proof = consents.record(UUID.randomUUID(), Set.of(), ConsentMethod.BANNER_REJECT_ALL, false);

        assertThat(proof.policyVersion()).isEqualTo(label);
    }

    @Test
    void aPublishedVersionIsNeverPublishedAgainNorChanged() {
        var label = label();
        var draft = library.draft(label, "Summary.", false, "Text.");
        library.publish(draft.id());

        assertThatThrownBy(() -> library.publish(draft.id())).isInstanceOf(PolicyAlreadyPublished.class);
        assertThatThrownBy(() -> library.edit(draft.id(), label, "Changed.", true, "Other text."))
                .isInstanceOf(PolicyAlreadyPublished.class);
        assertThat(library.get(draft.id()).summary()).isEqualTo("Summary.");
        assertThat(events.stream(PolicyPublished.class).filter(e -> e.version().equals(label)))
                .hasSize(1);
    }

    @Test
    void aDraftCanBeEditedAndTwoVersionsNeverShareALabel() {
        var label = label();
        var draft = library.draft(label, "First words.", false, "Text.");
        var edited = library.edit(draft.id(), label, "Better words.", true, "Better text.");
        assertThat(edited.summary()).isEqualTo("Better words.");
        assertThat(edited.material()).isTrue();

        assertThatThrownBy(() -> library.draft(label, "Again.", false, "Text.")).isInstanceOf(PolicyLabelTaken.class);
        assertThatThrownBy(() -> library.draft("2026-11-27", "Again.", false, "Text."))
                .isInstanceOf(PolicyLabelTaken.class);
    }

    @Test
    void anUnknownVersionIsNotFound() {
        assertThatThrownBy(() -> library.get(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.publish(UUID.randomUUID())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> library.publishedVersion(label())).isInstanceOf(NotFoundException.class);
        assertThat(versions.summaryOf(label())).isEmpty();
    }

    @Test
    void aDraftIsNotPublic() {
        var label = label();
        library.draft(label, "Not yet.", false, "Text.");
        assertThatThrownBy(() -> library.publishedVersion(label)).isInstanceOf(NotFoundException.class);
    }

    /** Rolled back: the shared database keeps its versions. */
    @Test
    @Transactional
    void withoutAPublishedVersionTheConfiguredOneIsInForce() {
        jdbc.sql("delete from privacy_policy_versions where status = 'PUBLISHED'")
                .update();

        assertThat(versions.current()).isEqualTo(shop.policyVersion());
        assertThat(library.inForce()).isEmpty();
    }
}
