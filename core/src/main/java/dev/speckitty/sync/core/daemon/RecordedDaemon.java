package dev.speckitty.sync.core.daemon;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The recorded singleton named by a valid state file (on-disk.md §8.1) and what one health probe of it found
 * (daemon.md §7.2, expected pid from the state file). {@code health} is present iff the probe passed.
 * {@link #toString()} never shows the token (the state file's own {@code toString} redacts it).
 */
public record RecordedDaemon(StateFile state, Optional<HealthReport> health) {

    public RecordedDaemon {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(health, "health");
    }

    /** The recorded singleton with the outcome of one probe of its port. */
    public static RecordedDaemon probed(StateFile state, HealthProbe probe) {
        return new RecordedDaemon(state, state.healthyReport(probe));
    }

    public boolean healthy() {
        return health.isPresent();
    }

    /** Whether the healthy daemon's response carries an {@code owner} object (failure 9 when it does not). */
    public boolean healthOwnerBlockPresent() {
        return health.map(report -> report.owner() != null).orElse(false);
    }

    public String url() {
        return state.baseUrl();
    }

    public SyncPort port() {
        return state.port();
    }

    /** The state file's pid; empty for a reference file without one. */
    public OptionalLong recordedPid() {
        return state.pid();
    }

    /**
     * The pid reports show: the state file's, else the healthy daemon's self-reported {@code owner.pid}
     * (clarifications #19: an unhealthy daemon reports the state file's values only).
     */
    public OptionalLong reportedPid() {
        if (state.pid().isPresent()) {
            return state.pid();
        }
        return health.map(HealthReport::owner).map(HealthOwner::pid)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
