package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Named locks held in memory with the semantics of on-disk.md §4.4: reentrant per thread with a hold count,
 * exclusive between threads, retried every 0.1 s through the {@link Clock} up to {@link LockName#attempts()}.
 * A lock can be marked as held by "another process" to exercise timeouts.
 */
public final class InMemoryLockFiles implements LockFiles {
    private static final Duration RETRY_INTERVAL = Duration.ofMillis(100);

    private final Clock clock;
    private final Map<Path, Thread> owners = new HashMap<>();
    private final Map<Path, Integer> holds = new HashMap<>();
    private final Set<Path> heldElsewhere = new HashSet<>();

    /** Retries go through a fake clock that never waits, so contention fails at once. */
    public InMemoryLockFiles() {
        this(new FakeClock(Instant.EPOCH));
    }

    public InMemoryLockFiles(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Held acquire(Path root, LockName name) throws LockUnavailableException {
        Path file = root.resolve(name.fileName());
        for (int attempt = 1; attempt <= name.attempts(); attempt++) {
            if (tryTake(file)) {
                return new OneHold(file);
            }
            if (attempt < name.attempts()) {
                try {
                    clock.sleep(RETRY_INTERVAL);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new LockUnavailableException(file, name);
                }
            }
        }
        throw new LockUnavailableException(file, name);
    }

    private synchronized boolean tryTake(Path file) {
        Thread owner = owners.get(file);
        if (heldElsewhere.contains(file) || (owner != null && owner != Thread.currentThread())) {
            return false;
        }
        owners.put(file, Thread.currentThread());
        holds.merge(file, 1, Integer::sum);
        return true;
    }

    private synchronized void release(Path file) {
        int left = holds.getOrDefault(file, 0) - 1;
        if (left <= 0) {
            holds.remove(file);
            owners.remove(file);
        } else {
            holds.put(file, left);
        }
    }

    /** Simulates another process holding the lock until {@link #releaseElsewhere}. */
    public synchronized void holdElsewhere(Path root, LockName name) {
        heldElsewhere.add(root.resolve(name.fileName()));
    }

    public synchronized void releaseElsewhere(Path root, LockName name) {
        heldElsewhere.remove(root.resolve(name.fileName()));
    }

    /** Whether any thread of this "process" holds the lock. */
    public synchronized boolean isHeld(Path root, LockName name) {
        return holds.containsKey(root.resolve(name.fileName()));
    }

    private final class OneHold implements Held {
        private final Path file;
        private boolean closed;

        OneHold(Path file) {
            this.file = file;
        }

        @Override
        public void close() {
            synchronized (InMemoryLockFiles.this) {
                if (closed) {
                    return;
                }
                closed = true;
                release(file);
            }
        }
    }
}
