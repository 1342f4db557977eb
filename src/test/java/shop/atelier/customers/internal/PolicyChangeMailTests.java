package shop.atelier.customers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import shop.atelier.customers.TestPeople;
import shop.atelier.privacy.internal.policy.PolicyLibrary;

/**
 * Registered customers are told of a material change to the privacy policy by email, through the
 * outbox, in batches (promise V1): each customer once, whatever the batch boundaries; nobody for a
 * change that is not material; never a staff account.
 */
@SpringBootTest(properties = "atelier.customers.policy-mail-batch=2")
class PolicyChangeMailTests {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Autowired
    AccountManagement management;

    @Autowired
    PolicyLibrary library;

    @Autowired
    JdbcClient jdbc;

    List<String> customers(int count) {
        var emails = new ArrayList<String>();
        for (var i = 0; i < count; i++) {
            var email = TestPeople.email("policy-mail");
            management.register(TestPeople.unique("Policy Reader"), email, null, TestPeople.PASSWORD);
            emails.add(email);
        }
        return emails;
    }

    long mailsAbout(String email, String label) {
        return jdbc.sql("""
                        select count(*) from outbox_messages
                        where recipient = :email and subject like :subject and kind = 'TRANSACTIONAL'""")
                .param("email", email)
                .param("subject", "%" + label + "%")
                .query(Long.class)
                .single();
    }

    long unfinishedPublicationsOf(String label) {
        return jdbc.sql("""
                        select count(*) from event_publication
                        where serialized_event like :label and completion_date is null""").param("label", "%" + label + "%").query(Long.class).single();
    }

    static String label() {
        return "m-" + UUID.randomUUID().toString().substring(0, 12);
    }

    @Test
    void aMaterialChangeMailsEveryRegisteredCustomerOnceAcrossBatches() {
        var emails = customers(5);
        var label = label();

        library.publish(library.draft(label, "Photos are now kept 30 days after delivery.", true, "Text.")
                .id());

        await().atMost(DEADLINE)
                .untilAsserted(() -> emails.forEach(
                        email -> assertThat(mailsAbout(email, label)).as(email).isOne()));
        await().atMost(DEADLINE).until(() -> unfinishedPublicationsOf(label) == 0);
        emails.forEach(email -> assertThat(mailsAbout(email, label)).as(email).isOne());
        var body = jdbc.sql("select text_body from outbox_messages where recipient = :email and subject like :s")
                .param("email", emails.getFirst())
                .param("s", "%" + label + "%")
                .query(String.class)
                .single();
        assertThat(body).contains("Photos are now kept 30 days after delivery.", "/privacy");
        assertThat(mailsAbout("staff@atelier.example", label))
                .as("staff accounts are not customers")
                .isZero();
    }

    @Test
    void aChangeThatIsNotMaterialMailsNobody() {
        var emails = customers(1);
        var label = label();

        library.publish(library.draft(label, "Typos fixed.", false, "Text.").id());

        await().atMost(DEADLINE).until(() -> unfinishedPublicationsOf(label) == 0);
        assertThat(mailsAbout(emails.getFirst(), label)).isZero();
    }
}
