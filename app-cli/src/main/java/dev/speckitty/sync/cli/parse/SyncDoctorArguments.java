package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty sync doctor [--json]}. */
@Command(name = "doctor", description = "Diagnose the queues, the identity and the daemon"
        + " (read-only; exit 1 with issues).")
public final class SyncDoctorArguments implements Invocation {

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("sync", "doctor");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.syncDoctor().run();
    }
}
