package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty doctor restart-daemon [--json]}. */
@Command(name = "restart-daemon", description = "Stop the recorded daemon, clean the owner record and"
        + " start a daemon with this CLI's identity.")
public final class DoctorRestartDaemonArguments implements Invocation {

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("doctor", "restart-daemon");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.restartDaemon().run();
    }
}
