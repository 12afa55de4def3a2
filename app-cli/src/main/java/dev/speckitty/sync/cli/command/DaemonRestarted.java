package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.daemon.lifecycle.RestartOutcome;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of {@code doctor restart-daemon} (cli.md §11): exit 0 for {@code restarted},
 * {@code stale_owner_cleaned} and {@code stopped}; 1 for {@code no_owner}; 3 for the failures.
 *
 * @param saasSyncEnabled chooses the variant of R11
 */
public record DaemonRestarted(RestartOutcome outcome, boolean saasSyncEnabled, Path root) implements CommandResult {

    public DaemonRestarted {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(root, "root");
    }

    @Override
    public int exitCode() {
        return switch (outcome.status()) {
            case RESTARTED, STALE_OWNER_CLEANED, STOPPED -> ExitCodes.OK;
            case NO_OWNER -> ExitCodes.FINDINGS;
            case RESPAWN_FAILED, STOP_FAILED -> ExitCodes.FAILED;
        };
    }
}
