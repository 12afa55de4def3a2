package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.daemon.lifecycle.StopOutcome;
import java.util.Objects;

/** The outcome of {@code sync daemon stop}: exit 0, or 3 for {@code stop_failed} (cli.md §8.2). */
public record DaemonStopped(StopOutcome outcome) implements CommandResult {

    public DaemonStopped {
        Objects.requireNonNull(outcome, "outcome");
    }

    @Override
    public int exitCode() {
        return outcome.failed() ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
