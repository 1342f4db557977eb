package shop.atelier.customers.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import shop.atelier.notifications.Email;
import shop.atelier.notifications.Notifications;
import shop.atelier.privacy.PolicyPublished;
import shop.atelier.privacy.PolicyVersions;

/**
 * Tells every registered customer of a material change to the privacy policy (promise V1), through
 * the outbox. Customers are mailed in batches ({@code atelier.customers.policy-mail-batch}, default
 * 500), one transaction each, by account id: each batch enqueues its mails and announces the next
 * batch in the same transaction, so a crash repeats at most the batch it interrupted, never a
 * batch already committed, and no batch holds more than its own accounts in memory. Accounts
 * opened after the publication already saw the new version and are not mailed.
 */
@Component
class PolicyChangeMail {

    static final String SUBJECT_KEY = "customers.mail.policy.subject";
    static final String TEMPLATE = "mail/customers/policy-changed";
    private static final UUID BEFORE_ALL = new UUID(0, 0);
    private static final Logger log = LoggerFactory.getLogger(PolicyChangeMail.class);

    /** The next batch of a mailing: accounts opened by {@code cutoff}, ids after {@code after}. */
    record PolicyChangeMailing(String version, Instant cutoff, UUID after) {}

    record Recipient(UUID id, String email) {}

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final PolicyVersions policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int batchSize;

    PolicyChangeMail(
            JdbcClient jdbc,
            Notifications notifications,
            PolicyVersions policy,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${atelier.customers.policy-mail-batch:500}") int batchSize) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    @ApplicationModuleListener
    void on(PolicyPublished published) {
        if (published.material()) {
            mail(new PolicyChangeMailing(published.version(), clock.instant(), BEFORE_ALL));
        }
    }

    @ApplicationModuleListener
    void on(PolicyChangeMailing next) {
        mail(next);
    }

    /** Mails one batch and, if there may be more, announces the next. */
    int mail(PolicyChangeMailing batch) {
        var recipients = jdbc.sql("""
                        select id, email from accounts
                        where 'CUSTOMER' = any(roles) and enabled and created_at <= :cutoff and id > :after
                        order by id
                        limit :limit""")
                .param("cutoff", Timestamp.from(batch.cutoff()))
                .param("after", batch.after())
                .param("limit", batchSize)
                .query(Recipient.class)
                .list();
        var summary = policy.summaryOf(batch.version()).orElse("");
        for (var recipient : recipients) {
            notifications.enqueue(Email.transactional(
                    recipient.email(),
                    SUBJECT_KEY,
                    TEMPLATE,
                    Map.of("version", batch.version(), "summary", summary),
                    batch.version()));
        }
        if (recipients.size() == batchSize) {
            events.publishEvent(new PolicyChangeMailing(
                    batch.version(), batch.cutoff(), recipients.getLast().id()));
        }
        log.info("Policy {}: told {} customers of the change", batch.version(), recipients.size());
        return recipients.size();
    }
}
