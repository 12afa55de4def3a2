package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty doctor orphan-daemons [--json] [--retire]} (cli.md §10). */
@Command(name = "orphan-daemons", description = "List orphan daemon owner records and live orphan daemons"
        + " (read-only without --retire; never signals).")
public final class DoctorOrphanDaemonsArguments implements Invocation {

    @Option(name = "--retire", description = "Delete an orphan owner record after re-checking it under its lock.")
    private boolean retire;

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("doctor", "orphan-daemons");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.orphanDaemons().run(retire);
    }
}
