package dev.speckitty.sync.fs.lock;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Advisory locks as lock files under the root (on-disk.md §4.4): an exclusive {@code FileChannel} lock plus an
 * in-process mutex keyed by the lock file's absolute path, reentrant per thread. Non-blocking attempts are retried
 * every 0.1 s through the {@link Clock} up to the lock's budget. A hold must be closed on the thread that took it.
 */
final class ChannelLockFiles implements LockFiles {
    private static final Duration RETRY_INTERVAL = Duration.ofMillis(100);
    /** Process-wide: every instance shares the mutexes and channels, as the file locks are per process. */
    private static final Map<Path, LockFileState> STATES = new ConcurrentHashMap<>();

    private final Clock clock;

    ChannelLockFiles(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Held acquire(Path root, LockName name) throws LockUnavailableException {
        Path lockFile = root.resolve(name.fileName());
        LockFileState state = STATES.computeIfAbsent(lockFile.toAbsolutePath().normalize(), LockFileState::new);
        for (int attempt = 1; attempt <= name.attempts(); attempt++) {
            try {
                if (state.tryAcquire()) {
                    return new OneHold(state);
                }
                if (attempt < name.attempts()) {
                    clock.sleep(RETRY_INTERVAL);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LockUnavailableException(lockFile, name);
            }
        }
        throw new LockUnavailableException(lockFile, name);
    }

    private static final class OneHold implements Held {
        private final LockFileState state;
        private boolean closed;

        OneHold(LockFileState state) {
            this.state = state;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                state.release();
            }
        }
    }
}
