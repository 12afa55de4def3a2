package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.port.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * When sync passes run (daemon.md §13.1–§13.2), decided here: one pass at a time; a trigger starts a pass within
 * {@value #POLL_MILLIS} ms, or, while a pass is in flight, schedules exactly one follow-up; periodic passes run only
 * while the last pass saw rows in the active queue, {@link #SYNC_INTERVAL} after a successful pass and
 * {@link #failureBackoff} after the n-th consecutive failed one. No pass runs at start (clarifications #15).
 * The in-flight flag is set when a pass starts and cleared in a {@code finally} block when it ends. Every wait goes
 * through the {@link Clock}.
 */
public final class SyncScheduler {

    public static final Duration SYNC_INTERVAL = Duration.ofSeconds(300);
    public static final Duration MAX_FAILURE_BACKOFF = Duration.ofSeconds(30);
    static final long POLL_MILLIS = 50;
    /** How often {@link #runUntilStopped} looks for a due pass. */
    public static final Duration POLL_INTERVAL = Duration.ofMillis(POLL_MILLIS);

    private final Supplier<SyncPassResult> pass;
    private final Clock clock;

    private boolean triggerPending;
    /** Monotonic due time of the next periodic pass; null when none is scheduled. */
    private Long nextPeriodicPassNanos;
    private boolean stopped;
    private boolean inFlight;
    private Instant lastSync;
    private long consecutiveFailures;

    /** @param pass runs one pass; it should not throw (a throw counts as a failed pass that saw no rows) */
    public SyncScheduler(Supplier<SyncPassResult> pass, Clock clock) {
        this.pass = Objects.requireNonNull(pass, "pass");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** {@code min(30, 0.5 × 2^(n−1))} seconds after the n-th consecutive failed pass (n ≥ 1). */
    public static Duration failureBackoff(long consecutiveFailures) {
        if (consecutiveFailures < 1) {
            throw new IllegalArgumentException("the backoff follows a failed pass, n >= 1");
        }
        long halfSeconds = 1L << Math.min(consecutiveFailures - 1, 16);
        Duration backoff = Duration.ofMillis(500 * halfSeconds);
        return backoff.compareTo(MAX_FAILURE_BACKOFF) < 0 ? backoff : MAX_FAILURE_BACKOFF;
    }

    /** {@code POST /api/sync/trigger}: the next {@link #runDuePass} runs a pass (one follow-up if one is in flight). */
    public synchronized void trigger() {
        triggerPending = true;
    }

    /**
     * Runs one pass if one is due (a trigger is pending, or the periodic pass's time has come) and none is in
     * flight, on the calling thread.
     *
     * @return whether a pass ran
     */
    public boolean runDuePass() {
        synchronized (this) {
            if (stopped || inFlight || !(triggerPending || periodicPassDue())) {
                return false;
            }
            triggerPending = false;
            nextPeriodicPassNanos = null;
            inFlight = true;
        }
        SyncPassResult result = null;
        try {
            result = pass.get();
        } finally {
            finish(result);
        }
        return true;
    }

    /** Runs due passes until {@link #stop}, looking every {@link #POLL_INTERVAL}. */
    public void runUntilStopped() throws InterruptedException {
        while (!isStopped()) {
            runDuePass();
            clock.sleep(POLL_INTERVAL);
        }
    }

    /** No pass starts after this; a pass in flight runs to its end. */
    public synchronized void stop() {
        stopped = true;
    }

    /**
     * Waits (through the clock) until no pass is in flight, at most {@code limit}.
     *
     * @return whether no pass is in flight
     */
    public boolean awaitNoPassInFlight(Duration limit) throws InterruptedException {
        long start = clock.monotonicNanos();
        while (inFlight()) {
            if (clock.monotonicNanos() - start >= limit.toNanos()) {
                return false;
            }
            clock.sleep(POLL_INTERVAL);
        }
        return true;
    }

    /** The in-flight flag (§13.2). */
    public synchronized boolean inFlight() {
        return inFlight;
    }

    public synchronized SyncStatus status() {
        return new SyncStatus(inFlight, Optional.ofNullable(lastSync), consecutiveFailures);
    }

    /** Time until the scheduled periodic pass (negative when overdue); empty when none is scheduled. */
    public synchronized Optional<Duration> untilNextPeriodicPass() {
        if (nextPeriodicPassNanos == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(nextPeriodicPassNanos - clock.monotonicNanos()));
    }

    private synchronized boolean isStopped() {
        return stopped;
    }

    private boolean periodicPassDue() {
        return nextPeriodicPassNanos != null && clock.monotonicNanos() - nextPeriodicPassNanos >= 0;
    }

    private synchronized void finish(SyncPassResult result) {
        try {
            boolean ok = result != null && result.ok();
            if (ok) {
                lastSync = clock.now();
                consecutiveFailures = 0;
            } else {
                consecutiveFailures++;
            }
            if (result != null && result.rowsRemain()) {
                Duration delay = ok ? SYNC_INTERVAL : failureBackoff(consecutiveFailures);
                nextPeriodicPassNanos = clock.monotonicNanos() + delay.toNanos();
            }
        } finally {
            inFlight = false;
        }
    }
}
