package dev.speckitty.sync.core.port;

import java.time.Duration;
import java.time.Instant;

/**
 * Time, for everything that reads the wall clock or waits. Every wait (lock retries, health waits, stop
 * polling, ticks) goes through {@link #sleep}, so fakes make each timeout testable without sleeping.
 */
public interface Clock {
    Instant now();

    /** Monotonic nanoseconds, for measuring elapsed time only. */
    long monotonicNanos();

    void sleep(Duration duration) throws InterruptedException;
}
