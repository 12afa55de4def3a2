package dev.speckitty.sync.cli.parse;

import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;
import java.util.Optional;

/** A parsed command line of one registered command: its words, its options, and how to run it. */
public interface Invocation {

    /** The command words, e.g. {@code [sync, status]}. */
    List<String> words();

    /** Whether {@code --json} was given. */
    boolean json();

    /** A combination of options that is not allowed (a usage error), if any. */
    default Optional<String> usageError() {
        return Optional.empty();
    }

    CommandResult execute(Commands commands);
}
