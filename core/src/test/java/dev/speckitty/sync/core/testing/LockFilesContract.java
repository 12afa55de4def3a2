package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The behaviour every {@link LockFiles} must have (on-disk.md §4.4). Subclassed once for the in-memory fake and
 * once for the file adapter. Waiting goes through a {@link FakeClock}, so budgets are checked without sleeping.
 */
public abstract class LockFilesContract {

    @TempDir
    protected Path root;

    private final ExecutorService otherThread = Executors.newSingleThreadExecutor();

    /** The implementation under test, waiting through {@code clock}. */
    protected abstract LockFiles create(Clock clock);

    /** Makes another process hold the lock until the returned handle is closed. */
    protected abstract AutoCloseable holdInAnotherProcess(Path root, LockName name) throws Exception;

    @AfterEach
    void stopOtherThread() throws InterruptedException {
        otherThread.shutdownNow();
        assertTrue(otherThread.awaitTermination(10, TimeUnit.SECONDS), "helper thread did not stop");
    }

    @Test
    void aReleasedLockCanBeTakenAgain() throws Exception {
        FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");
        LockFiles locks = create(clock);
        locks.acquire(root, LockName.CLOCK).close();
        locks.acquire(root, LockName.CLOCK).close();
        assertEquals(List.of(), clock.sleeps());
    }

    @Test
    void theSameThreadReentersWithoutWaiting() throws Exception {
        FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");
        LockFiles locks = create(clock);
        try (LockFiles.Held outer = locks.acquire(root, LockName.SYNC_DAEMON);
             LockFiles.Held inner = locks.acquire(root, LockName.SYNC_DAEMON)) {
            assertEquals(List.of(), clock.sleeps());
        }
    }

    @ParameterizedTest
    @EnumSource(LockName.class)
    void anotherThreadGivesUpAfterTheBudgetOfTheLock(LockName name) throws Exception {
        FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");
        LockFiles locks = create(clock);
        try (LockFiles.Held held = locks.acquire(root, name)) {
            LockUnavailableException refused = onOtherThread(() -> expectUnavailable(locks, root, name));
            assertEquals(root.resolve(name.fileName()), refused.lockFile());
            assertEquals(name, refused.lockName());
            assertEquals(Collections.nCopies(name.attempts() - 1, Duration.ofMillis(100)), clock.sleeps());
        }
    }

    @Test
    void theLockIsReleasedOnlyWhenTheHoldCountReturnsToZero() throws Exception {
        LockFiles locks = create(FakeClock.at("2026-05-17T16:42:00Z"));
        LockFiles.Held outer = locks.acquire(root, LockName.SYNC_OWNER);
        LockFiles.Held inner = locks.acquire(root, LockName.SYNC_OWNER);
        inner.close();
        inner.close(); // a second close of the same hold releases nothing more
        onOtherThread(() -> expectUnavailable(locks, root, LockName.SYNC_OWNER));
        outer.close();
        onOtherThread(() -> {
            locks.acquire(root, LockName.SYNC_OWNER).close();
            return null;
        });
    }

    @Test
    void locksAreIndependentPerNameAndPerRoot(@TempDir Path otherRoot) throws Exception {
        LockFiles locks = create(FakeClock.at("2026-05-17T16:42:00Z"));
        try (LockFiles.Held held = locks.acquire(root, LockName.SYNC_DAEMON)) {
            onOtherThread(() -> {
                locks.acquire(root, LockName.QUEUE_MIGRATION).close();
                locks.acquire(otherRoot, LockName.SYNC_DAEMON).close();
                return null;
            });
        }
    }

    @Test
    void aLockHeldByAnotherProcessExhaustsTheBudgetThenBecomesAvailable() throws Exception {
        FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");
        LockFiles locks = create(clock);
        try (AutoCloseable elsewhere = holdInAnotherProcess(root, LockName.QUEUE_MIGRATION)) {
            expectUnavailable(locks, root, LockName.QUEUE_MIGRATION);
            assertEquals(LockName.QUEUE_MIGRATION.attempts() - 1, clock.sleeps().size());
        }
        locks.acquire(root, LockName.QUEUE_MIGRATION).close();
    }

    @Test
    void anInterruptedWaitGivesUpAndKeepsTheInterrupt() throws Exception {
        LockFiles locks = create(new InterruptingClock());
        try (LockFiles.Held held = locks.acquire(root, LockName.CLOCK)) {
            boolean interrupted = onOtherThread(() -> {
                expectUnavailable(locks, root, LockName.CLOCK);
                return Thread.interrupted();
            });
            assertTrue(interrupted, "the interrupt flag must be restored");
        }
    }

    private static LockUnavailableException expectUnavailable(LockFiles locks, Path root, LockName name) {
        return assertThrows(LockUnavailableException.class, () -> locks.acquire(root, name).close());
    }

    private <T> T onOtherThread(java.util.concurrent.Callable<T> work) throws Exception {
        Future<T> result = otherThread.submit(work);
        return result.get(30, TimeUnit.SECONDS);
    }

    /** A clock whose every wait is interrupted. */
    private static final class InterruptingClock implements Clock {
        @Override
        public Instant now() {
            return Instant.parse("2026-05-17T16:42:00Z");
        }

        @Override
        public long monotonicNanos() {
            return 0;
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            throw new InterruptedException("test interrupt");
        }
    }
}
