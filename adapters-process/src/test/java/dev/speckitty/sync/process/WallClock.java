package dev.speckitty.sync.process;

import dev.speckitty.sync.core.port.Clock;
import java.time.Duration;
import java.time.Instant;

/** Real time, for live tests that wait on real processes (each wait is bounded by its caller). */
public final class WallClock implements Clock {
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
