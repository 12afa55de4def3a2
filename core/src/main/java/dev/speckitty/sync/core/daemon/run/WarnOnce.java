package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.port.OperatorLog;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Identity and config warnings are printed once per process (clarifications #8, #11), however often a long-running
 * daemon resolves its identity.
 */
public final class WarnOnce {
    private final OperatorLog log;
    private final Set<String> seen = new HashSet<>();

    public WarnOnce(OperatorLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    public synchronized void warn(String message) {
        if (seen.add(message)) {
            log.warn(message);
        }
    }
}
