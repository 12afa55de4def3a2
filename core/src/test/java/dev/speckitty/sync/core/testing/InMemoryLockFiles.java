package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reentrant named locks held in memory. A lock can be marked as held by "another process" to exercise
 * timeouts: acquiring it then fails at once with {@link LockUnavailableException}.
 */
public final class InMemoryLockFiles implements LockFiles {
    private final Map<Path, Integer> holds = new HashMap<>();
    private final Map<Path, Boolean> heldElsewhere = new HashMap<>();

    @Override
    public synchronized Held acquire(Path root, LockName name) throws LockUnavailableException {
        Path file = root.resolve(name.fileName());
        if (heldElsewhere.getOrDefault(file, false)) {
            throw new LockUnavailableException(file, name);
        }
        holds.merge(file, 1, Integer::sum);
        return () -> release(file);
    }

    private synchronized void release(Path file) {
        holds.computeIfPresent(file, (k, v) -> v == 1 ? null : v - 1);
    }

    public synchronized void holdElsewhere(Path root, LockName name) {
        heldElsewhere.put(root.resolve(name.fileName()), true);
    }

    public synchronized boolean isHeld(Path root, LockName name) {
        return holds.containsKey(root.resolve(name.fileName()));
    }
}
