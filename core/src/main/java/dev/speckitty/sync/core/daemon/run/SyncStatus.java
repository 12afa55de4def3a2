package dev.speckitty.sync.core.daemon.run;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The health {@code sync} block (daemon.md §7.1): the in-flight flag, the completion time of the last successful
 * pass, and the number of consecutive failed passes.
 */
public record SyncStatus(boolean running, Optional<Instant> lastSync, long consecutiveFailures) {
    public SyncStatus {
        Objects.requireNonNull(lastSync, "lastSync");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0");
        }
    }
}
