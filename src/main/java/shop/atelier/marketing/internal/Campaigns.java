package shop.atelier.marketing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code marketing_campaigns} table and their queues ({@code marketing_campaign_recipients}). */
@Repository
class Campaigns {

    /** A queued recipient, claimed for sending. */
    record Queued(UUID campaignId, UUID subscriptionId) {}

    private final JdbcClient jdbc;

    Campaigns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertDraft(UUID id, String subject, String body, Instant now) {
        jdbc.sql("insert into marketing_campaigns (id, subject, body, status, created_at) "
                        + "values (:id, :subject, :body, 'DRAFT', :now)")
                .param("id", id)
                .param("subject", subject)
                .param("body", body)
                .param("now", Timestamp.from(now))
                .update();
    }

    Optional<Campaign> find(UUID id) {
        return jdbc.sql("select * from marketing_campaigns where id = :id")
                .param("id", id)
                .query(Campaigns::campaign)
                .optional();
    }

    Optional<Campaign> findForUpdate(UUID id) {
        return jdbc.sql("select * from marketing_campaigns where id = :id for update")
                .param("id", id)
                .query(Campaigns::campaign)
                .optional();
    }

    List<Campaign> newestFirst(int limit) {
        return jdbc.sql("select * from marketing_campaigns order by created_at desc, id limit :limit")
                .param("limit", limit)
                .query(Campaigns::campaign)
                .list();
    }

    /**
     * Queues every confirmed subscription whose address is not suppressed and marks the campaign
     * SENDING.
     *
     * @return how many were queued
     */
    int start(UUID id, Instant now) {
        var queued = jdbc.sql(
                        "insert into marketing_campaign_recipients (campaign_id, subscription_id, status) "
                                + "select :id, s.id, 'QUEUED' from marketing_subscriptions s where s.status = 'CONFIRMED' "
                                + "and not exists (select 1 from marketing_suppressions x where x.address_hash = s.address_hash)")
                .param("id", id)
                .update();
        jdbc.sql("update marketing_campaigns set status = 'SENDING', started_at = :now, recipients_total = :total "
                        + "where id = :id")
                .param("now", Timestamp.from(now))
                .param("total", queued)
                .param("id", id)
                .update();
        return queued;
    }

    /**
     * Serializes the senders of all nodes for the current transaction, so the per-minute limit
     * holds for the whole shop.
     */
    void lockSending() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('marketing-campaign-sending'))")
                .query()
                .singleRow();
    }

    /** Campaign mail written to the outbox in the minute up to {@code now}. */
    int sentInMinuteBefore(Instant now) {
        return jdbc.sql("select count(*) from marketing_campaign_recipients where status = 'SENT' "
                        + "and sent_at > :since and sent_at <= :now")
                .param("since", Timestamp.from(now.minusSeconds(60)))
                .param("now", Timestamp.from(now))
                .query(Integer.class)
                .single();
    }

    /** The next queued recipients of campaigns that started by {@code now}, oldest campaign first. */
    List<Queued> claimQueued(Instant now, int limit) {
        return jdbc.sql("select r.campaign_id, r.subscription_id from marketing_campaign_recipients r "
                        + "join marketing_campaigns c on c.id = r.campaign_id "
                        + "where r.status = 'QUEUED' and c.status = 'SENDING' and c.started_at <= :now "
                        + "order by c.started_at, r.subscription_id limit :limit for update of r skip locked")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, row) -> new Queued(
                        rs.getObject("campaign_id", UUID.class), rs.getObject("subscription_id", UUID.class)))
                .list();
    }

    void markSent(Queued recipient, Instant now) {
        jdbc.sql("update marketing_campaign_recipients set status = 'SENT', sent_at = :now "
                        + "where campaign_id = :campaign and subscription_id = :subscription")
                .param("now", Timestamp.from(now))
                .param("campaign", recipient.campaignId())
                .param("subscription", recipient.subscriptionId())
                .update();
        jdbc.sql("update marketing_campaigns set sent_count = sent_count + 1 where id = :id")
                .param("id", recipient.campaignId())
                .update();
    }

    void markSkipped(Queued recipient) {
        jdbc.sql("update marketing_campaign_recipients set status = 'SKIPPED' "
                        + "where campaign_id = :campaign and subscription_id = :subscription")
                .param("campaign", recipient.campaignId())
                .param("subscription", recipient.subscriptionId())
                .update();
        skipped(recipient.campaignId(), 1);
    }

    /**
     * Counts recipients who left a campaign's queue because their subscription was deleted
     * (unsubscribe, erasure): their queue rows went with it.
     */
    void dropQueuedOf(UUID subscriptionId) {
        var campaigns = jdbc.sql("select campaign_id from marketing_campaign_recipients "
                        + "where subscription_id = :id and status = 'QUEUED'")
                .param("id", subscriptionId)
                .query(UUID.class)
                .list();
        for (var campaign : campaigns) {
            skipped(campaign, 1);
        }
    }

    private void skipped(UUID campaignId, int count) {
        jdbc.sql("update marketing_campaigns set skipped_count = skipped_count + :count where id = :id")
                .param("count", count)
                .param("id", campaignId)
                .update();
    }

    /** Marks SENT the campaigns that have nothing queued any more. */
    int finishDrained(Instant now) {
        return jdbc.sql("update marketing_campaigns c set status = 'SENT', finished_at = :now "
                        + "where c.status = 'SENDING' and not exists (select 1 from marketing_campaign_recipients r "
                        + "where r.campaign_id = c.id and r.status = 'QUEUED')")
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The subjects and times of the campaigns sent to a subscription, for an access request. */
    List<Received> receivedBy(UUID subscriptionId) {
        return jdbc.sql("select c.subject, r.sent_at from marketing_campaign_recipients r "
                        + "join marketing_campaigns c on c.id = r.campaign_id "
                        + "where r.subscription_id = :id and r.status = 'SENT' order by r.sent_at")
                .param("id", subscriptionId)
                .query((rs, row) -> new Received(
                        rs.getString("subject"), rs.getTimestamp("sent_at").toInstant()))
                .list();
    }

    record Received(String subject, Instant sentAt) {}

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Campaign campaign(ResultSet rs, int row) throws SQLException {
        return new Campaign(
                rs.getObject("id", UUID.class),
                rs.getString("subject"),
                rs.getString("body"),
                CampaignStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs, "started_at"),
                instant(rs, "finished_at"),
                rs.getInt("recipients_total"),
                rs.getInt("sent_count"),
                rs.getInt("skipped_count"));
    }
}
