package dev.speckitty.sync.core.cleanup;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The two argv shapes of a sync daemon (cleanup.md §6.1). A process without one of them is never a cleanup
 * target, whatever it answers on its port.
 */
public enum SpawnShape {
    /** This product: {@code <java> … -jar <jar> sync daemon run --port <p> …}. */
    JAVA,
    /** The Python reference: {@code <python> -c "<script calling run_sync_daemon(<p>, …)>" …}. */
    PYTHON;

    private static final String PYTHON_ENTRY_POINT = "run_sync_daemon";
    private static final List<String> JAVA_COMMAND_WORDS = List.of("sync", "daemon", "run");
    private static final String PYTHON_PORT_CALL = PYTHON_ENTRY_POINT + "(";
    private static final String PORT_OPTION = "--port";
    private static final String PORT_OPTION_PREFIX = PORT_OPTION + "=";

    /** The shape of {@code argv}; Java is checked first. Empty for an unreadable (empty) or foreign argv. */
    public static Optional<SpawnShape> of(List<String> argv) {
        if (javaCommandIndex(argv) >= 0) {
            return Optional.of(JAVA);
        }
        if (pythonScriptIndex(argv) >= 0) {
            return Optional.of(PYTHON);
        }
        return Optional.empty();
    }

    /**
     * The port the daemon was told to listen on (daemon.md §11.1, clarifications #25). Java: the element
     * after {@code --port}, or the payload of {@code --port=<n>}, whichever comes first after
     * {@code sync daemon run}. Python: the number right after the first {@code run_sync_daemon(} of the
     * {@code -c} script. Empty when the argv does not have this shape or carries no valid port (1–65535).
     */
    public OptionalInt port(List<String> argv) {
        return this == JAVA ? javaPort(argv) : pythonPort(argv);
    }

    private static OptionalInt javaPort(List<String> argv) {
        int command = javaCommandIndex(argv);
        if (command < 0) {
            return OptionalInt.empty();
        }
        for (int i = command + JAVA_COMMAND_WORDS.size(); i < argv.size(); i++) {
            String element = argv.get(i);
            if (element.equals(PORT_OPTION)) {
                return i + 1 < argv.size() ? parsePort(argv.get(i + 1)) : OptionalInt.empty();
            }
            if (element.startsWith(PORT_OPTION_PREFIX)) {
                return parsePort(element.substring(PORT_OPTION_PREFIX.length()));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt pythonPort(List<String> argv) {
        int script = pythonScriptIndex(argv);
        if (script < 0) {
            return OptionalInt.empty();
        }
        String text = argv.get(script);
        int call = text.indexOf(PYTHON_PORT_CALL);
        if (call < 0) {
            return OptionalInt.empty();
        }
        int start = call + PYTHON_PORT_CALL.length();
        while (start < text.length() && text.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < text.length() && isAsciiDigit(text.charAt(end))) {
            end++;
        }
        return parsePort(text.substring(start, end));
    }

    /** Index of the first {@code sync} of three consecutive elements {@code sync daemon run}, or -1. */
    private static int javaCommandIndex(List<String> argv) {
        for (int i = 0; i + JAVA_COMMAND_WORDS.size() <= argv.size(); i++) {
            if (argv.subList(i, i + JAVA_COMMAND_WORDS.size()).equals(JAVA_COMMAND_WORDS)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the script element that follows the first {@code -c} whose script mentions the entry point, or -1. */
    private static int pythonScriptIndex(List<String> argv) {
        for (int i = 0; i + 1 < argv.size(); i++) {
            if (argv.get(i).equals("-c") && argv.get(i + 1).contains(PYTHON_ENTRY_POINT)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** 1 to 5 ASCII digits with a value in 1–65535; anything else is no port. */
    private static OptionalInt parsePort(String digits) {
        if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> isAsciiDigit((char) c))) {
            return OptionalInt.empty();
        }
        int port = Integer.parseInt(digits);
        return port >= 1 && port <= 65535 ? OptionalInt.of(port) : OptionalInt.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
