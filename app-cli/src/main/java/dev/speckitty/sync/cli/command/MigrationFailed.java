package dev.speckitty.sync.cli.command;

import java.util.Objects;

/** {@code sync migrate} could not complete (cli.md §6.1 step 3, §1.14): exit 3 with R14. */
public record MigrationFailed(String reason) implements CommandResult {
    public MigrationFailed {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
