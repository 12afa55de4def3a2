package dev.speckitty.sync.cli.daemon;

import dev.speckitty.sync.core.port.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Real time for the tests that wait on real I/O (a blocking stdin read, a real server): a fake clock would let
 * the timeout expire before the reading thread had a chance to run.
 */
final class RealClock implements Clock {
    @Override
    public Instant now() {
        return Instant.now();
    }

    @Override
    public long monotonicNanos() {
        return System.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
