package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty auth status [--json]} (cli.md §12). */
@Command(name = "status", description = "Show the identity this CLI resolves from the session and credentials files"
        + " (read-only; exit 1 when not authenticated).")
public final class AuthStatusArguments implements Invocation {

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("auth", "status");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.authStatus().run();
    }
}
