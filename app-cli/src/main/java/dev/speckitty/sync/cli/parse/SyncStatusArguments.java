package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty sync status [--check] [--json]} (cli.md §5). */
@Command(name = "status", description = "Report the sync boundary: foreground identity, queues, daemon and owner"
        + " record (read-only; never migrates).")
public final class SyncStatusArguments implements Invocation {

    @Option(name = "--check", description = "Verify boundary coherence; exit 2 when any failure is found.")
    private boolean check;

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("sync", "status");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.syncStatus().run(check);
    }
}
