package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;
import java.util.Optional;

/** {@code spec-kitty sync migrate [--dry-run | --show-quarantine] [--json]} (cli.md §6, clarifications #32). */
@Command(name = "migrate", description = "Move the rows of the legacy queue into the active scoped queue;"
        + " divergent duplicates are quarantined, never dropped.")
public final class SyncMigrateArguments implements Invocation {

    @Option(name = "--dry-run", description = "Report what a migration would do; change nothing.")
    private boolean dryRun;

    @Option(name = "--show-quarantine", description = "List the quarantined rows of the scoped queue (read-only).")
    private boolean showQuarantine;

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("sync", "migrate");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Optional<String> usageError() {
        return dryRun && showQuarantine
                ? Optional.of("--show-quarantine cannot be combined with --dry-run")
                : Optional.empty();
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.syncMigrate().run(dryRun, showQuarantine);
    }
}
