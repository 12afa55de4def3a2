package dev.speckitty.sync.core.daemon;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The argv shapes of sync daemons (cleanup.md §6.1) and what argv says about them: the scope marker
 * (§6.2) and the port (daemon.md §11.1). Pure.
 */
public enum SpawnShape {
    /** Three consecutive elements {@code sync daemon run} (this product). */
    JAVA,
    /** An element {@code -c} whose next element contains {@code run_sync_daemon} (the reference). */
    PYTHON;

    public static final String ROOT_MARKER_PREFIX = "--spec-kitty-daemon-root=";
    public static final String EXEC_MARKER_PREFIX = "--spec-kitty-daemon-exec=";

    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static final Pattern PYTHON_PORT = Pattern.compile("run_sync_daemon\\( *([0-9]{1,5})(?![0-9])");

    /** The shape of this argv, the Java shape winning when both match; empty for neither. */
    public static Optional<SpawnShape> of(List<String> argv) {
        if (javaShapeAt(argv) >= 0) {
            return Optional.of(JAVA);
        }
        return pythonScript(argv).isPresent() ? Optional.of(PYTHON) : Optional.empty();
    }

    /**
     * The payload of the first element starting with {@code --spec-kitty-daemon-root=}; an empty payload is no
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
     * The daemon port argv names (daemon.md §11.1): for the Java shape the element after the first {@code --port}
     * or the payload of the first {@code --port=<n>}, whichever comes first; for the Python shape the number after
     * the first {@code run_sync_daemon(} of the script. Empty when argv has no shape or no readable port.
     */
    public static OptionalInt port(List<String> argv) {
        Optional<SpawnShape> shape = of(argv);
        if (shape.isEmpty()) {
            return OptionalInt.empty();
        }
        return shape.get() == JAVA ? javaPort(argv) : pythonPort(pythonScript(argv).orElseThrow());
    }

    private static int javaShapeAt(List<String> argv) {
        for (int i = 0; i + 2 < argv.size(); i++) {
            if (argv.get(i).equals("sync") && argv.get(i + 1).equals("daemon") && argv.get(i + 2).equals("run")) {
                return i;
            }
        }
        return -1;
    }

    private static Optional<String> pythonScript(List<String> argv) {
        for (int i = 0; i + 1 < argv.size(); i++) {
            if (argv.get(i).equals("-c") && argv.get(i + 1).contains("run_sync_daemon")) {
                return Optional.of(argv.get(i + 1));
            }
        }
        return Optional.empty();
    }

    private static OptionalInt javaPort(List<String> argv) {
        for (int i = 0; i < argv.size(); i++) {
            String element = argv.get(i);
            if (element.equals("--port")) {
                return i + 1 < argv.size() ? decimalPort(argv.get(i + 1)) : OptionalInt.empty();
            }
            if (element.startsWith("--port=")) {
                return decimalPort(element.substring("--port=".length()));
            }
        }
        return OptionalInt.empty();
    }

    private static OptionalInt pythonPort(String script) {
        int call = script.indexOf("run_sync_daemon(");
        if (call < 0) {
            return OptionalInt.empty();
        }
        Matcher matcher = PYTHON_PORT.matcher(script);
        return matcher.find(call) && matcher.start() == call
                ? OptionalInt.of(Integer.parseInt(matcher.group(1)))
                : OptionalInt.empty();
    }

    private static OptionalInt decimalPort(String text) {
        return PORT.matcher(text).matches() ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }
}
