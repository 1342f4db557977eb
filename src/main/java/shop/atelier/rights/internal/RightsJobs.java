package shop.atelier.rights.internal;

import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rights desk's cluster-safe jobs: a daily reminder to the privacy contact of requests due soon
 * or overdue, and the hourly end of access archives whose download period is over.
 */
@Configuration(proxyBeanMethods = false)
class RightsJobs {

    private static final Logger log = LoggerFactory.getLogger(RightsJobs.class);

    @Bean
    Task<Void> rightsDeadlineReminder(RightsDesk desk, RightsProperties properties) {
        return Tasks.recurring("rights-deadline-reminder", FixedDelay.of(properties.reminderInterval()))
                .execute((instance, context) -> {
                    var due = desk.remindStaff();
                    if (due > 0) {
                        log.info("Reminded the privacy contact of {} rights requests due soon or overdue", due);
                    }
                });
    }

    @Bean
    Task<Void> rightsArchiveExpiry(RightsDesk desk, RightsProperties properties) {
        return Tasks.recurring("rights-archive-expiry", FixedDelay.of(properties.cleanupInterval()))
                .execute((instance, context) -> {
                    var cleared = desk.clearExpired();
                    if (cleared > 0) {
                        log.info("{} access archives are no longer available", cleared);
                    }
                });
    }
}
