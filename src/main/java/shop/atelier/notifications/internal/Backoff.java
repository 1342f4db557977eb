package shop.atelier.notifications.internal;

import java.time.Duration;
import java.util.List;

/** Waits between delivery attempts: 1 min, 5 min, 30 min, 2 h, 6 h, then twice a day. */
final class Backoff {

    private static final List<Duration> DELAYS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6),
            Duration.ofHours(12));

    private Backoff() {}

    /** The wait after the given number of failed attempts (1 for the first failure). */
    static Duration after(int failedAttempts) {
        return DELAYS.get(Math.min(Math.max(failedAttempts, 1), DELAYS.size()) - 1);
    }
}
