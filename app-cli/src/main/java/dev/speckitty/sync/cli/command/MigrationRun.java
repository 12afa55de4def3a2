package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.migration.MigrationReport;
import java.util.Objects;

/**
 * A {@code sync migrate} run or dry run that completed (cli.md §6.2, §6.3), including "no legacy queue" and
 * "no queue tables". Exit 0, also when rows were quarantined (§6.4).
 */
public record MigrationRun(String scope, MigrationReport report) implements CommandResult {
    public MigrationRun {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(report, "report");
    }

    @Override
    public int exitCode() {
        return ExitCodes.OK;
    }
}
