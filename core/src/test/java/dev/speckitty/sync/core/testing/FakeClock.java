package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when told to; {@link #sleep} advances it instead of waiting. */
public final class FakeClock implements Clock {
    private Instant now;
    private long nanos;
    private final List<Duration> sleeps = new ArrayList<>();

    public FakeClock(Instant start) {
        this.now = start;
    }

    public static FakeClock at(String isoInstant) {
        return new FakeClock(Instant.parse(isoInstant));
    }

    @Override
    public synchronized Instant now() {
        return now;
    }

    @Override
    public synchronized long monotonicNanos() {
        return nanos;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
        nanos += duration.toNanos();
    }

    /** Every sleep requested so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }
}
