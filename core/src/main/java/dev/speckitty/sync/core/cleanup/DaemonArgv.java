package dev.speckitty.sync.core.cleanup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What a process's argv says about it (cleanup.md §6): spawn shape, scope marker, argv port and the
 * {@code executable_summary}. Pure; canonicalising paths is I/O, so the caller passes the canonicaliser.
 */
public final class DaemonArgv {

    /** Scope marker option; its payload is the spawner's daemon scope root (on-disk.md §2.2). */
    public static final String ROOT_MARKER_PREFIX = "--spec-kitty-daemon-root=";
    /** Executable option; its payload is the spawner's executable path (evidence only). */
    public static final String EXEC_MARKER_PREFIX = "--spec-kitty-daemon-exec=";

    /** Sorts by Unicode code point, the order of the reference's {@code sorted()}. */
    private static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private DaemonArgv() {
    }

    /** {@code spawn_shape_ok} (cleanup.md §6.1): the argv has the Java or the Python shape. */
    public static boolean hasSpawnShape(List<String> argv) {
        return SpawnShape.of(argv).isPresent();
    }

    /**
     * The scope marker payload (cleanup.md §6.2): decided by the first element starting with
     * {@value #ROOT_MARKER_PREFIX}; an empty payload counts as no marker.
     */
    public static Optional<String> scopeMarker(List<String> argv) {
        return argv.stream()
                .filter(element -> element.startsWith(ROOT_MARKER_PREFIX))
                .findFirst()
                .map(element -> element.substring(ROOT_MARKER_PREFIX.length()))
                .filter(payload -> !payload.isEmpty());
    }

    /** The port in argv for whichever spawn shape it has (daemon.md §11.1); empty without a shape or port. */
    public static OptionalInt port(List<String> argv) {
        return SpawnShape.of(argv).map(shape -> shape.port(argv)).orElse(OptionalInt.empty());
    }

    /**
     * {@code executable_summary} (cleanup.md §6.3, clarifications #25): the canonical paths of the process
     * executable, of {@code argv[0]} unless it is a bare name without {@code /}, and of every
     * {@value #EXEC_MARKER_PREFIX} payload; empty strings are not paths. Sorted, de-duplicated, joined
     * with {@code ", "}.
     *
     * @param pid          listener pid; null means no process facts, hence no summary
     * @param executable   target of the process's executable link, or null when unknown
     * @param canonicaliser on-disk.md §1.5 canonical path of a path string (never null)
     * @return the summary, or null when the pid is null or no path is known
     */
    public static String executableSummary(Integer pid, String executable, List<String> argv,
                                           UnaryOperator<String> canonicaliser) {
        Objects.requireNonNull(argv, "argv");
        Objects.requireNonNull(canonicaliser, "canonicaliser");
        if (pid == null) {
            return null;
        }
        List<String> paths = new ArrayList<>();
        if (executable != null) {
            paths.add(executable);
        }
        if (!argv.isEmpty() && argv.get(0).contains("/")) {
            paths.add(argv.get(0));
        }
        argv.stream()
                .filter(element -> element.startsWith(EXEC_MARKER_PREFIX))
                .map(element -> element.substring(EXEC_MARKER_PREFIX.length()))
                .forEach(paths::add);
        TreeSet<String> canonical = new TreeSet<>(CODE_POINT_ORDER);
        paths.stream()
                .filter(path -> !path.isEmpty())
                .map(path -> Objects.requireNonNull(canonicaliser.apply(path), "canonical path"))
                .forEach(canonical::add);
        return canonical.isEmpty() ? null : String.join(", ", canonical);
    }
}
