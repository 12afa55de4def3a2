package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.setupplan.ClockTick;
import dev.speckitty.sync.core.setupplan.LamportClock;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link LamportClock} in memory. Clocks built on one {@link Values} share their counters and node ids, the way two
 * processes share {@code clock.json}; ticks take {@code clock.lock} through the given {@link LockFiles}.
 * {@code nodeId} is what this clock would compute for a root that has none yet.
 */
public final class InMemoryLamportClock implements LamportClock {
    private final Values values;
    private final LockFiles locks;
    private final String nodeId;

    /** The last tick of every root, as the clock files would hold it (value and node_id). */
    public static final class Values {
        private final Map<Path, ClockTick> byRoot = new HashMap<>();

        synchronized ClockTick increment(Path root, String newNodeId) {
            ClockTick previous = byRoot.get(root.normalize());
            ClockTick next = previous == null ? new ClockTick(1, newNodeId)
                    : new ClockTick(previous.value() + 1, previous.nodeId());
            byRoot.put(root.normalize(), next);
            return next;
        }
    }

    public InMemoryLamportClock(Values values, LockFiles locks, String nodeId) {
        this.values = values;
        this.locks = locks;
        this.nodeId = nodeId;
    }

    @Override
    public ClockTick tick(Path root) throws LockUnavailableException {
        try (LockFiles.Held held = locks.acquire(root, LockName.CLOCK)) {
            return values.increment(root, nodeId);
        }
    }
}
