package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.port.Clock;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Bounded polling through the {@link Clock}, so every wait of this package is instant under a fake clock. */
final class Waits {

    private Waits() {
    }

    /**
     * Checks {@code condition} now and then every {@code poll} until it holds or {@code budget} has elapsed on the
     * monotonic clock. Bounded in count as well as in time. An interrupt ends the wait (the flag is kept).
     *
     * @return whether the condition held
     */
    static boolean until(Clock clock, Duration budget, Duration poll, BooleanSupplier condition) {
        long start = clock.monotonicNanos();
        long maxChecks = budget.toNanos() / poll.toNanos() + 2;
        for (long check = 0; check < maxChecks; check++) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (clock.monotonicNanos() - start >= budget.toNanos() || !sleep(clock, poll)) {
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    /** Sleeps through the clock; false when interrupted (the interrupt flag is restored). */
    static boolean sleep(Clock clock, Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return true;
        }
        try {
            clock.sleep(duration);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
