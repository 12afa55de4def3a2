package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty sync daemon start [--json]}. */
@Command(name = "start", description = "Start the sync daemon, or reuse or replace the recorded one"
        + " (explicit; not gated by the boundary check).")
public final class SyncDaemonStartArguments implements Invocation {

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("sync", "daemon", "start");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.daemonStart().run();
    }
}
