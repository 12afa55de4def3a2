package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ExecutableStatus;
import java.util.HashMap;
import java.util.Map;

/** Paths are missing unless marked; a string that is no valid path (it holds NUL) is unverifiable. */
public final class FakeCheckExecutable implements CheckExecutable {
    private final Map<String, ExecutableStatus> statuses = new HashMap<>();

    public synchronized FakeCheckExecutable mark(String path, ExecutableStatus status) {
        statuses.put(path, status);
        return this;
    }

    @Override
    public synchronized ExecutableStatus check(String path) {
        if (path.indexOf('\0') >= 0) {
            return ExecutableStatus.UNVERIFIABLE;
        }
        return statuses.getOrDefault(path, ExecutableStatus.MISSING);
    }
}
