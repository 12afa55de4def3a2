package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/** Locks that really exclude threads (the shared InMemoryLockFiles only counts holds), for race tests. */
final class BlockingLockFiles implements LockFiles {
    private final ConcurrentMap<Path, ReentrantLock> locks = new ConcurrentHashMap<>();

    @Override
    public Held acquire(Path root, LockName name) {
        ReentrantLock lock = locks.computeIfAbsent(root.resolve(name.fileName()), p -> new ReentrantLock());
        lock.lock();
        return lock::unlock;
    }
}
