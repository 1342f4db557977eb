package shop.atelier.rights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.Task;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder and the archive expiry run as cluster-safe db-scheduler jobs. */
@RightsTest
class RightsJobsTests {

    @Autowired
    List<Task<?>> tasks;

    @Test
    void theReminderAndTheArchiveExpiryAreScheduled() {
        assertThat(tasks).extracting(Task::getName).contains("rights-deadline-reminder", "rights-archive-expiry");
    }
}
