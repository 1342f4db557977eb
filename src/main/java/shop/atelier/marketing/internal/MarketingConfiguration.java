package shop.atelier.marketing.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jobs of promotional mail, run by the platform's cluster-safe scheduler: sending queued campaign
 * mail within the per-minute limit, and deleting subscription requests nobody confirmed in time.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MarketingProperties.class)
class MarketingConfiguration {

    @Bean
    RecurringTask<Void> marketingCampaignSendTask(CampaignSender sender, MarketingProperties properties) {
        return Tasks.recurring("marketing-campaign-send", FixedDelay.of(properties.sendInterval()))
                .execute((instance, context) -> sender.sendDue());
    }

    @Bean
    RecurringTask<Void> marketingExpiredRequestsTask(Newsletter newsletter) {
        return Tasks.recurring("marketing-expired-requests", FixedDelay.of(Duration.ofHours(1)))
                .execute((instance, context) -> newsletter.deleteExpiredRequests());
    }
}
