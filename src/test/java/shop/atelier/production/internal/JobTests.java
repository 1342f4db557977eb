package shop.atelier.production.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.atelier.orders.OrderId;
import shop.atelier.production.JobState;
import shop.atelier.production.WorkshopId;

class JobTests {

    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    static Job job() {
        return Job.assign(
                WorkshopId.random(),
                OrderId.random(),
                "A-1",
                null,
                UUID.randomUUID(),
                "Mug",
                "Large",
                1,
                LocalDate.parse("2026-12-04"),
                "staff",
                NOW);
    }

    @Test
    void aJobIsStartedThenDone() {
        var job = job();
        assertThat(job.state()).isEqualTo(JobState.ASSIGNED);
        job.start(NOW.plusSeconds(60));
        assertThat(job.state()).isEqualTo(JobState.IN_PROGRESS);
        job.finish(NOW.plusSeconds(120));
        assertThat(job.state()).isEqualTo(JobState.DONE);
        assertThat(job.stateSince()).isEqualTo(NOW.plusSeconds(120));
        assertThat(job.state().open()).isFalse();
    }

    @Test
    void aJobCannotBeDoneBeforeItStartedNorChangedAfterwards() {
        var job = job();
        assertThatThrownBy(() -> job.finish(NOW)).isInstanceOf(IllegalJobTransition.class);
        job.start(NOW);
        job.finish(NOW);
        assertThatThrownBy(() -> job.start(NOW)).isInstanceOf(IllegalJobTransition.class);
        assertThatThrownBy(() -> job.reject("late", NOW)).isInstanceOf(IllegalJobTransition.class);
        assertThatThrownBy(() -> job.withdraw(NOW)).isInstanceOf(IllegalJobTransition.class);
    }

    @Test
    void anOpenJobIsRejectedWithAReason() {
        var job = job();
        job.start(NOW);
        assertThatThrownBy(() -> job.reject("  ", NOW)).isInstanceOf(IllegalArgumentException.class);
        job.reject(" The wood cracked ", NOW);
        assertThat(job.state()).isEqualTo(JobState.REJECTED);
        assertThat(job.rejectReason()).isEqualTo("The wood cracked");
        assertThatThrownBy(() -> job.start(NOW)).isInstanceOf(IllegalJobTransition.class);
    }

    @Test
    void staffTakeAnOpenJobBack() {
        var job = job();
        job.withdraw(NOW);
        assertThat(job.state()).isEqualTo(JobState.REASSIGNED);
        assertThat(job.state().open()).isFalse();
    }
}
