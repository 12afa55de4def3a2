package dev.speckitty.sync.core.daemon.run;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a self-retirement tick observed (daemon.md §14.2).
 *
 * @param syncInFlight          the in-flight flag of §13.2
 * @param superseded            the state file names another live daemon ({@link Retirement#superseded})
 * @param sinceLastActivity     monotonic time since start or the last request that passed the token check
 * @param untilNextPeriodicPass time until the scheduled periodic pass (negative when overdue); empty when none is
 *                              scheduled
 */
public record RetirementFacts(boolean syncInFlight, boolean superseded, Duration sinceLastActivity,
                              Optional<Duration> untilNextPeriodicPass) {
    public RetirementFacts {
        Objects.requireNonNull(sinceLastActivity, "sinceLastActivity");
        Objects.requireNonNull(untilNextPeriodicPass, "untilNextPeriodicPass");
    }
}
