package dev.speckitty.sync.fs.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.testing.FakeClock;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file adapter does on disk beyond the shared contract (on-disk.md §4.1, §4.2, §4.4). */
class LockFilesOnDiskTest {
    @TempDir
    Path base;

    private final LockFiles locks = FileLocks.create(FakeClock.at("2026-05-17T16:42:00Z"));

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aMissingRootAndItsParentsAreCreatedPrivateAndTheLockFile0600() throws Exception {
        Path root = base.resolve("home/.root");
        try (LockFiles.Held held = locks.acquire(root, LockName.SYNC_DAEMON)) {
            assertEquals("rwx------", mode(base.resolve("home")));
            assertEquals("rwx------", mode(root));
            assertEquals("rw-------", mode(root.resolve("sync-daemon.lock")));
        }
        assertTrue(Files.exists(root.resolve("sync-daemon.lock")), "lock files are never deleted");
    }

    @Test
    void existingModesAreLeftAlone() throws Exception {
        Path root = Files.createDirectory(base.resolve("root"));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxr-x"));
        Path lockFile = Files.createFile(root.resolve("clock.lock"));
        Files.setPosixFilePermissions(lockFile, PosixFilePermissions.fromString("rw-r--r--"));
        locks.acquire(root, LockName.CLOCK).close();
        assertEquals("rwxrwxr-x", mode(root));
        assertEquals("rw-r--r--", mode(lockFile));
    }

    @Test
    void aSymbolicLinkAtTheLockFileIsRefused() throws Exception {
        Path root = Files.createDirectory(base.resolve("root"));
        Path target = Files.createFile(base.resolve("elsewhere"));
        Files.createSymbolicLink(root.resolve("sync-owner.lock"), target);
        assertThrows(UncheckedIOException.class, () -> locks.acquire(root, LockName.SYNC_OWNER));
        // A failed open leaves nothing held: the next attempt fails the same way instead of deadlocking.
        assertThrows(UncheckedIOException.class, () -> locks.acquire(root, LockName.SYNC_OWNER));
    }

    @Test
    void separateAdapterInstancesShareTheProcessWideMutex() throws Exception {
        Path root = base.resolve("root");
        LockFiles other = FileLocks.create(FakeClock.at("2026-05-17T16:42:00Z"));
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (LockFiles.Held held = locks.acquire(root, LockName.QUEUE_MIGRATION);
             LockFiles.Held reentered = other.acquire(root, LockName.QUEUE_MIGRATION)) {
            Throwable failure = thread.submit(() -> {
                try {
                    other.acquire(root, LockName.QUEUE_MIGRATION).close();
                    return null;
                } catch (LockUnavailableException expected) {
                    return expected;
                }
            }).get(30, TimeUnit.SECONDS);
            assertTrue(failure instanceof LockUnavailableException, "another thread must not get the lock");
        } finally {
            thread.shutdownNow();
            assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aRelativeAndAnAbsoluteRootNameTheSameLock() throws Exception {
        Path root = base.resolve("root");
        Path sameRootWithDots = base.resolve("x/../root");
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (LockFiles.Held held = locks.acquire(root, LockName.CLOCK)) {
            Files.createDirectories(base.resolve("x"));
            Object outcome = thread.submit(() -> {
                try {
                    locks.acquire(sameRootWithDots, LockName.CLOCK).close();
                    return "acquired";
                } catch (LockUnavailableException expected) {
                    return expected;
                }
            }).get(30, TimeUnit.SECONDS);
            assertTrue(outcome instanceof LockUnavailableException, "one file, one mutex");
        } finally {
            thread.shutdownNow();
            assertTrue(thread.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
