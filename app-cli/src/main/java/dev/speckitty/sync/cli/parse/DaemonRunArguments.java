package dev.speckitty.sync.cli.parse;

import dev.speckitty.sync.core.daemon.run.DaemonArguments;
import java.util.List;
import java.util.Optional;

/**
 * {@code spec-kitty sync daemon run --port <n> --spec-kitty-daemon-root=<path> [--spec-kitty-daemon-exec=<path>]}
 * (cli.md §8.4, daemon.md §5.1 step 1): hidden, and parsed by hand rather than by Airline, because it accepts exactly
 * these forms — {@code --port} with its value as the next element, both markers only in their {@code =} form — so
 * every daemon's argv carries its markers in the one form cleanup.md §6.2 recognises. Anything else is a usage error.
 */
final class DaemonRunArguments {

    static final List<String> WORDS = List.of("sync", "daemon", "run");

    private static final String PORT = "--port";
    private static final String ROOT_MARKER = "--spec-kitty-daemon-root";
    private static final String EXEC_MARKER = "--spec-kitty-daemon-exec";
    private static final String WHERE = " for '" + String.join(" ", WORDS) + "'";

    private DaemonRunArguments() {
    }

    /** Whether {@code args} (without {@code --debug}) name this command. */
    static boolean matches(List<String> args) {
        return args.size() >= WORDS.size() && args.subList(0, WORDS.size()).equals(WORDS);
    }

    /**
     * @param args the whole command line, starting with the three command words
     * @param hintWords the registered command words to point the usage hint at (help never shows this command)
     */
    static CommandLine parse(List<String> args, List<String> hintWords) {
        Integer port = null;
        String root = null;
        String exec = null;
        List<String> options = args.subList(WORDS.size(), args.size());
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals(PORT)) {
                if (port != null) {
                    return usage("option " + PORT + " given twice", hintWords);
                }
                if (i + 1 >= options.size()) {
                    return usage("option " + PORT + " needs a value", hintWords);
                }
                String value = options.get(++i);
                port = port(value);
                if (port == null) {
                    return usage("invalid value '" + value + "' for " + PORT + ": expected a port number 1-65535",
                            hintWords);
                }
            } else if (option.startsWith(PORT + "=")) {
                return usage("option " + PORT + " takes its value as the next argument (" + PORT + " <n>)", hintWords);
            } else if (option.startsWith(ROOT_MARKER + "=")) {
                if (root != null) {
                    return usage("option " + ROOT_MARKER + " given twice", hintWords);
                }
                root = payload(option, ROOT_MARKER);
            } else if (option.startsWith(EXEC_MARKER + "=")) {
                if (exec != null) {
                    return usage("option " + EXEC_MARKER + " given twice", hintWords);
                }
                exec = payload(option, EXEC_MARKER);
            } else if (option.equals(ROOT_MARKER) || option.equals(EXEC_MARKER)) {
                return usage("option " + option + " takes its value after '=' (" + option + "=<path>)", hintWords);
            } else {
                return usage((option.startsWith("-") ? "unknown option '" : "unexpected argument '") + option + "'",
                        hintWords);
            }
        }
        if (port == null) {
            return usage("missing required option " + PORT, hintWords);
        }
        if (root == null) {
            return usage("missing required option " + ROOT_MARKER + "=<path>", hintWords);
        }
        if (root.isEmpty() || (exec != null && exec.isEmpty())) {
            return usage("a marker needs a path after '='", hintWords);
        }
        return new CommandLine.RunDaemon(new DaemonArguments(port, root, Optional.ofNullable(exec)));
    }

    private static CommandLine usage(String problem, List<String> hintWords) {
        return new CommandLine.UsageError(problem + WHERE, hintWords);
    }

    private static Integer port(String value) {
        if (!value.matches("[0-9]{1,5}")) {
            return null;
        }
        int port = Integer.parseInt(value);
        return port >= 1 && port <= DaemonArguments.MAX_PORT ? port : null;
    }

    private static String payload(String option, String name) {
        return option.substring(name.length() + 1);
    }
}
