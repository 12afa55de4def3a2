package dev.speckitty.sync.core.daemon.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.testing.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** daemon.md §13.1–§13.2 with a fake clock and scripted passes. */
class SyncSchedulerTest {
    private static final Instant START = Instant.parse("2026-05-17T16:42:00Z");
    private static final SyncPassResult EMPTY_QUEUE = SyncPassResult.succeeded(0, false);
    private static final SyncPassResult UPLINK_DOWN = SyncPassResult.failed("uplink_unavailable", 0, true);

    private final FakeClock clock = new FakeClock(START);

    /** Answers each pass from a script and records whether the in-flight flag was set while it ran. */
    private final class Script implements Supplier<SyncPassResult> {
        final Deque<SyncPassResult> results = new ArrayDeque<>();
        final List<Boolean> inFlightDuringPass = new ArrayList<>();
        Runnable duringPass = () -> { };
        SyncScheduler scheduler;

        Script then(SyncPassResult... next) {
            results.addAll(List.of(next));
            return this;
        }

        @Override
        public SyncPassResult get() {
            inFlightDuringPass.add(scheduler.inFlight());
            duringPass.run();
            return results.isEmpty() ? EMPTY_QUEUE : results.removeFirst();
        }

        int passes() {
            return inFlightDuringPass.size();
        }
    }

    private SyncScheduler scheduler(Script script) {
        SyncScheduler scheduler = new SyncScheduler(script, clock);
        script.scheduler = scheduler;
        return scheduler;
    }

    @Test
    void noPassRunsWithoutATriggerOrASchedule() {
        Script script = new Script();
        SyncScheduler scheduler = scheduler(script);
        clock.advance(Duration.ofHours(1));
        assertFalse(scheduler.runDuePass());
        assertEquals(0, script.passes());
        assertEquals(new SyncStatus(false, Optional.empty(), 0), scheduler.status());
    }

    @Test
    void aTriggerRunsOnePassWithTheInFlightFlagSet() {
        Script script = new Script();
        SyncScheduler scheduler = scheduler(script);
        scheduler.trigger();
        assertTrue(scheduler.runDuePass());
        assertEquals(List.of(true), script.inFlightDuringPass);
        assertFalse(scheduler.inFlight());
        assertFalse(scheduler.runDuePass(), "the trigger was consumed");
        assertEquals(new SyncStatus(false, Optional.of(START), 0), scheduler.status());
        assertEquals(Optional.empty(), scheduler.untilNextPeriodicPass(), "an empty queue schedules nothing");
    }

    @Test
    void triggersDuringAPassScheduleExactlyOneFollowUp() {
        Script script = new Script();
        SyncScheduler scheduler = scheduler(script);
        script.duringPass = () -> {
            scheduler.trigger();
            scheduler.trigger();
            assertFalse(scheduler.runDuePass(), "one pass at a time");
        };
        scheduler.trigger();
        assertTrue(scheduler.runDuePass());
        script.duringPass = () -> { };
        assertTrue(scheduler.runDuePass(), "the follow-up");
        assertFalse(scheduler.runDuePass());
        assertEquals(2, script.passes());
    }

    @Test
    void aTriggerArrivingWhileTheLoopWaitsStartsAPassWithinATenthOfASecond() throws InterruptedException {
        Script script = new Script();
        long[] triggeredAt = {-1};
        SyncScheduler[] scheduler = new SyncScheduler[1];
        Clock triggerDuringFirstWait = new Clock() {
            @Override
            public Instant now() {
                return clock.now();
            }

            @Override
            public long monotonicNanos() {
                return clock.monotonicNanos();
            }

            @Override
            public void sleep(Duration duration) {
                if (triggeredAt[0] < 0) {
                    triggeredAt[0] = clock.monotonicNanos();
                    scheduler[0].trigger();
                }
                clock.sleep(duration);
            }
        };
        scheduler[0] = new SyncScheduler(script, triggerDuringFirstWait);
        script.scheduler = scheduler[0];
        List<Duration> startedAfter = new ArrayList<>();
        script.duringPass = () -> {
            startedAfter.add(Duration.ofNanos(clock.monotonicNanos() - triggeredAt[0]));
            scheduler[0].stop();
        };
        scheduler[0].runUntilStopped();
        assertEquals(1, startedAfter.size());
        assertTrue(startedAfter.get(0).compareTo(Duration.ofMillis(100)) < 0, startedAfter::toString);
    }

    @Test
    void failedPassesWithRowsRetryWithTheBackoff() {
        Script script = new Script().then(UPLINK_DOWN, UPLINK_DOWN, UPLINK_DOWN);
        SyncScheduler scheduler = scheduler(script);
        scheduler.trigger();
        scheduler.runDuePass();
        assertEquals(Optional.of(Duration.ofMillis(500)), scheduler.untilNextPeriodicPass());
        clock.advance(Duration.ofMillis(499));
        assertFalse(scheduler.runDuePass());
        clock.advance(Duration.ofMillis(1));
        assertTrue(scheduler.runDuePass());
        assertEquals(Optional.of(Duration.ofSeconds(1)), scheduler.untilNextPeriodicPass());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(scheduler.runDuePass());
        assertEquals(Optional.of(Duration.ofSeconds(2)), scheduler.untilNextPeriodicPass());
        assertEquals(new SyncStatus(false, Optional.empty(), 3), scheduler.status());
    }

    @Test
    void aSuccessWithRowsLeftComesBackAfterTheSyncInterval() {
        Script script = new Script().then(UPLINK_DOWN, SyncPassResult.succeeded(5, true), EMPTY_QUEUE);
        SyncScheduler scheduler = scheduler(script);
        scheduler.trigger();
        scheduler.runDuePass();
        clock.advance(Duration.ofMillis(500));
        assertTrue(scheduler.runDuePass());
        assertEquals(new SyncStatus(false, Optional.of(START.plusMillis(500)), 0), scheduler.status());
        assertEquals(Optional.of(Duration.ofSeconds(300)), scheduler.untilNextPeriodicPass());
        clock.advance(Duration.ofSeconds(300));
        assertTrue(scheduler.runDuePass());
        assertEquals(Optional.empty(), scheduler.untilNextPeriodicPass(), "the queue is empty now");
    }

    @Test
    void aFailureThatSawNoRowsSchedulesNothing() {
        Script script = new Script().then(SyncPassResult.failed("no_identity", 0, false));
        SyncScheduler scheduler = scheduler(script);
        scheduler.trigger();
        scheduler.runDuePass();
        assertEquals(Optional.empty(), scheduler.untilNextPeriodicPass());
        assertEquals(1, scheduler.status().consecutiveFailures());
    }

    @Test
    void theBackoffFormula() {
        assertEquals(Duration.ofMillis(500), SyncScheduler.failureBackoff(1));
        assertEquals(Duration.ofSeconds(1), SyncScheduler.failureBackoff(2));
        assertEquals(Duration.ofSeconds(16), SyncScheduler.failureBackoff(6));
        assertEquals(Duration.ofSeconds(30), SyncScheduler.failureBackoff(7));
        assertEquals(Duration.ofSeconds(30), SyncScheduler.failureBackoff(1_000_000));
        assertThrows(IllegalArgumentException.class, () -> SyncScheduler.failureBackoff(0));
    }

    @Test
    void theInFlightFlagIsClearedWhenAPassThrows() {
        Script script = new Script();
        SyncScheduler scheduler = scheduler(script);
        script.duringPass = () -> {
            throw new IllegalStateException("boom");
        };
        scheduler.trigger();
        assertThrows(IllegalStateException.class, scheduler::runDuePass);
        assertFalse(scheduler.inFlight());
        assertEquals(1, scheduler.status().consecutiveFailures());
    }

    @Test
    void afterStopNoPassStarts() throws InterruptedException {
        Script script = new Script();
        SyncScheduler scheduler = scheduler(script);
        scheduler.trigger();
        scheduler.stop();
        assertFalse(scheduler.runDuePass());
        scheduler.runUntilStopped();
        assertEquals(0, script.passes());
    }

    @Test
    void theStopWaitsThroughTheClockForAPassInFlight() throws InterruptedException {
        Script script = new Script();
        SyncScheduler scheduler = scheduler(script);
        List<Boolean> waited = new ArrayList<>();
        script.duringPass = () -> {
            try {
                waited.add(scheduler.awaitNoPassInFlight(Duration.ofSeconds(5)));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        };
        scheduler.trigger();
        scheduler.runDuePass();
        assertEquals(List.of(false), waited, "the pass was still in flight after 5 s");
        Duration slept = clock.sleeps().stream().reduce(Duration.ZERO, Duration::plus);
        assertEquals(Duration.ofSeconds(5), slept);
        assertTrue(scheduler.awaitNoPassInFlight(Duration.ofSeconds(5)));
    }
}
