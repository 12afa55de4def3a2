package dev.speckitty.sync.cli.parse;

import java.util.List;
import java.util.Objects;

/** What the command line asks for. */
public sealed interface CommandLine {

    /** {@code --help}, {@code help [words]} or {@code <words> --help}; empty words = the global help. */
    record Help(List<String> words) implements CommandLine {
        public Help {
            words = List.copyOf(words);
        }
    }

    /** {@code spec-kitty --version}. */
    record Version() implements CommandLine {
    }

    /** A registered command to run. */
    record Run(Invocation invocation) implements CommandLine {
        public Run {
            Objects.requireNonNull(invocation, "invocation");
        }
    }

    /** The hidden {@code sync daemon run} (cli.md §8.4): the daemon process itself, with its exact arguments. */
    record RunDaemon(dev.speckitty.sync.core.daemon.run.DaemonArguments arguments) implements CommandLine {
        public RunDaemon {
            Objects.requireNonNull(arguments, "arguments");
        }
    }

    /**
     * A usage error (cli.md §1.3, clarifications #2).
     *
     * @param recognisedWords the command words recognised before the error, for the hint line
     */
    record UsageError(String message, List<String> recognisedWords) implements CommandLine {
        public UsageError {
            Objects.requireNonNull(message, "message");
            recognisedWords = List.copyOf(recognisedWords);
        }
    }
}
