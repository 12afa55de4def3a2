package dev.speckitty.sync.core.port;

import java.nio.file.Path;

/**
 * Named advisory locks under a root: a FileChannel lock plus an in-process mutex, reentrant per thread
 * (on-disk.md §4.4). Acquisition retries every 0.1 s through the {@link Clock} up to the lock's budget.
 */
public interface LockFiles {

    /**
     * Acquires the lock, creating the lock file (0600) and the root directory (0700) if needed.
     *
     * @throws LockUnavailableException when the budget is exhausted
     * @throws java.io.UncheckedIOException when the lock file cannot be created or opened
     */
    Held acquire(Path root, LockName name) throws LockUnavailableException;

    /** A held lock; closing it releases one level of reentrancy. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
