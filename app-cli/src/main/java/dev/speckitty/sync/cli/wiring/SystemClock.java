package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.core.port.Clock;
import java.time.Duration;
import java.time.Instant;

/** The real clock: wall time, {@link System#nanoTime()} and real sleeps. */
final class SystemClock implements Clock {

    static final SystemClock INSTANCE = new SystemClock();

    private SystemClock() {
    }

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
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    }
}
