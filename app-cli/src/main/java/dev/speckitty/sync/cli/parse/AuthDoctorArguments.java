package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;
import java.util.Optional;

/** {@code spec-kitty auth doctor [--json] [--reset [--force]]} (cli.md §13). */
@Command(name = "doctor", description = "Diagnose identity, the recorded daemon and orphan sync daemons (read-only"
        + " without --reset).")
public final class AuthDoctorArguments implements Invocation {

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Option(name = "--reset", description = "Sweep safe_auto orphan daemons and clear unhealthy daemon metadata.")
    private boolean reset;

    @Option(name = "--force", description = "With --reset: also sweep operator_required daemons.")
    private boolean force;

    @Override
    public List<String> words() {
        return List.of("auth", "doctor");
    }

    @Override
    public boolean json() {
        return json;
    }

    /** cli.md §13.1: {@code --force} without {@code --reset} is a usage error. */
    @Override
    public Optional<String> usageError() {
        return force && !reset ? Optional.of("--force requires --reset") : Optional.empty();
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.authDoctor().run(reset, force);
    }
}
