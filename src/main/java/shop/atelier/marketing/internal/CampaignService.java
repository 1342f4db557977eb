package shop.atelier.marketing.internal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import shop.atelier.platform.NotFoundException;

/** What staff do with campaigns: write a draft, preview it, send it to the confirmed subscribers. */
@Service
public class CampaignService {

    /** Subscribers and suppressed addresses, for the staff overview. */
    public record Audience(long confirmed, long pending, long suppressed) {}

    private final Campaigns campaigns;
    private final Subscriptions subscriptions;
    private final Suppressions suppressions;
    private final Clock clock;

    CampaignService(Campaigns campaigns, Subscriptions subscriptions, Suppressions suppressions, Clock clock) {
        this.campaigns = campaigns;
        this.subscriptions = subscriptions;
        this.suppressions = suppressions;
        this.clock = clock;
    }

    @Transactional
    public UUID draft(String subject, String body) {
        var id = UUID.randomUUID();
        campaigns.insertDraft(id, subject.strip(), body.strip(), clock.instant());
        return id;
    }

    @Transactional(readOnly = true)
    public Campaign campaign(UUID id) {
        return campaigns.find(id).orElseThrow(() -> new NotFoundException("No campaign " + id));
    }

    @Transactional(readOnly = true)
    public List<Campaign> recent() {
        return campaigns.newestFirst(50);
    }

    @Transactional(readOnly = true)
    public Audience audience() {
        return new Audience(
                subscriptions.count(SubscriptionStatus.CONFIRMED),
                subscriptions.count(SubscriptionStatus.PENDING),
                suppressions.count());
    }

    /**
     * Queues the campaign for every confirmed subscriber whose address is not suppressed; the
     * campaign job sends it, at most {@code atelier.marketing.sends-per-minute}.
     *
     * @return how many recipients were queued
     * @throws CampaignAlreadySent when the campaign is not a draft
     */
    @Transactional
    public int send(UUID id) {
        var campaign = campaigns.findForUpdate(id).orElseThrow(() -> new NotFoundException("No campaign " + id));
        if (!campaign.draft()) {
            throw new CampaignAlreadySent(campaign.status());
        }
        var queued = campaigns.start(id, clock.instant());
        campaigns.finishDrained(clock.instant());
        return queued;
    }
}
