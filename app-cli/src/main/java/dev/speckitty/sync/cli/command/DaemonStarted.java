package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.daemon.lifecycle.EnsureOutcome;
import java.util.Objects;

/** A daemon of this root runs and is recorded: started, reused or replaced (cli.md §8.1). */
public record DaemonStarted(EnsureOutcome outcome) implements CommandResult {

    public DaemonStarted {
        Objects.requireNonNull(outcome, "outcome");
        if (!outcome.status().running()) {
            throw new IllegalArgumentException("not a running outcome: " + outcome.status());
        }
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }
}
