package dev.speckitty.sync.core.daemon;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The argv shapes of sync daemons (cleanup.md §6.1) and what argv says about them: the scope marker (§6.2) and
 * the port (daemon.md §11.1, clarifications #25). A process without one of the shapes is never a cleanup
 * target, whatever it answers on its port. Pure.
 */
public enum SpawnShape {
    /** Three consecutive elements {@code sync daemon run} (this product). */
    JAVA,
    /** An element {@code -c} whose next element contains {@code run_sync_daemon} (the reference). */
    PYTHON;

    /** Scope marker option; its payload is the spawner's daemon scope root (on-disk.md §2.2). */
    public static final String ROOT_MARKER_PREFIX = "--spec-kitty-daemon-root=";
    /** Executable option; its payload is the spawner's executable path (evidence only). */
    public static final String EXEC_MARKER_PREFIX = "--spec-kitty-daemon-exec=";

    private static final String PYTHON_ENTRY_POINT = "run_sync_daemon";
    private static final String PYTHON_PORT_CALL = PYTHON_ENTRY_POINT + "(";
    private static final List<String> JAVA_COMMAND_WORDS = List.of("sync", "daemon", "run");
    private static final String PORT_OPTION = "--port";
    private static final String PORT_OPTION_PREFIX = PORT_OPTION + "=";
    private static final int MAX_PORT = 65535;

    /** The shape of {@code argv}, the Java shape winning when both match; empty for an unreadable (empty) or foreign argv. */
    public static Optional<SpawnShape> of(List<String> argv) {
        if (javaCommandIndex(argv) >= 0) {
            return Optional.of(JAVA);
        }
        return pythonScriptIndex(argv) >= 0 ? Optional.of(PYTHON) : Optional.empty();
    }

    /** {@code spawn_shape_ok} (cleanup.md §6.1). */
    public static boolean matches(List<String> argv) {
        return of(argv).isPresent();
    }

    /**
     * The payload of the first element starting with {@value #ROOT_MARKER_PREFIX}; an empty payload is no
     * marker (cleanup.md §6.2).
     */
    public static Optional<String> rootMarker(List<String> argv) {
        for (String element : argv) {
            if (element.startsWith(ROOT_MARKER_PREFIX)) {
                String payload = element.substring(ROOT_MARKER_PREFIX.length());
                return payload.isEmpty() ? Optional.empty() : Optional.of(payload);
            }
        }
        return Optional.empty();
    }

    /**
     * The port the daemon was told to listen on (daemon.md §11.1, clarifications #25). Java: the element after
     * {@code --port}, or the payload of {@code --port=<n>}, whichever comes first after {@code sync daemon run}.
     * Python: the number right after the first {@code run_sync_daemon(} of the {@code -c} script. Empty when argv
     * has no shape or carries no valid port (1–65535, ASCII digits only).
     */
    public static OptionalInt port(List<String> argv) {
        Optional<SpawnShape> shape = of(argv);
        if (shape.isEmpty()) {
            return OptionalInt.empty();
        }
        return shape.get() == JAVA ? javaPort(argv) : pythonPort(argv.get(pythonScriptIndex(argv)));
    }

    private static OptionalInt javaPort(List<String> argv) {
        for (int i = javaCommandIndex(argv) + JAVA_COMMAND_WORDS.size(); i < argv.size(); i++) {
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

    private static OptionalInt pythonPort(String script) {
        int call = script.indexOf(PYTHON_PORT_CALL);
        if (call < 0) {
            return OptionalInt.empty();
        }
        int start = call + PYTHON_PORT_CALL.length();
        while (start < script.length() && script.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < script.length() && isAsciiDigit(script.charAt(end))) {
            end++;
        }
        return parsePort(script.substring(start, end));
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

    /** Index of the script element after the first {@code -c} whose next element names the entry point, or -1. */
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
        return port >= 1 && port <= MAX_PORT ? OptionalInt.of(port) : OptionalInt.empty();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
