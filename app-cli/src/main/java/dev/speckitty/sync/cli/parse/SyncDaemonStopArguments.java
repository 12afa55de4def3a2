package dev.speckitty.sync.cli.parse;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;

/** {@code spec-kitty sync daemon stop [--json]}. */
@Command(name = "stop", description = "Stop the recorded sync daemon; only a verified process is ever signalled.")
public final class SyncDaemonStopArguments implements Invocation {

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("sync", "daemon", "stop");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.daemonStop().run();
    }
}
