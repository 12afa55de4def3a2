package dev.speckitty.sync.core.daemon.lifecycle;

import java.util.Objects;

/**
 * The result of a restart (cli.md §11 JSON {@code {status, previous_pid, new_pid, error}}); {@code error} is set
 * exactly for {@code respawn_failed} ({@code Respawn failed: <ensure error>}) and {@code stop_failed}.
 */
public record RestartOutcome(RestartStatus status, Long previousPid, Long newPid, String error) {

    public RestartOutcome {
        Objects.requireNonNull(status, "status");
        boolean failed = status == RestartStatus.RESPAWN_FAILED || status == RestartStatus.STOP_FAILED;
        if (failed != (error != null)) {
            throw new IllegalArgumentException("an error belongs to, and only to, a failed restart");
        }
        if ((status == RestartStatus.RESTARTED || status == RestartStatus.STALE_OWNER_CLEANED) != (newPid != null)) {
            throw new IllegalArgumentException("a new pid belongs to, and only to, a respawn");
        }
    }
}
