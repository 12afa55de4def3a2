package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.SpawnShape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * The {@code executable_summary} of cleanup.md §6.3: the evidence a listener's argv and executable give about
 * what it runs. Spawn shape, scope marker and argv port are {@link SpawnShape}'s. Pure; canonicalising paths is
 * I/O, so the caller passes the canonicaliser.
 */
public final class DaemonArgv {

    /** Sorts by Unicode code point, the order of the reference's {@code sorted()}. */
    private static final Comparator<String> CODE_POINT_ORDER =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private DaemonArgv() {
    }

    /**
     * {@code executable_summary} (cleanup.md §6.3, clarifications #25): the canonical paths of the process
     * executable, of {@code argv[0]} unless it is a bare name without {@code /}, and of every
     * {@code --spec-kitty-daemon-exec=} payload; empty strings are not paths. Sorted, de-duplicated, joined
     * with {@code ", "}.
     *
     * @param pid          listener pid; null means no process facts, hence no summary
     * @param executable   target of the process's executable link, or null when unknown
     * @param canonicaliser on-disk.md §1.5 canonical path of a path string (never null)
     * @return the summary, or null when the pid is null or no path is known
     */
    public static String executableSummary(Long pid, String executable, List<String> argv,
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
                .filter(element -> element.startsWith(SpawnShape.EXEC_MARKER_PREFIX))
                .map(element -> element.substring(SpawnShape.EXEC_MARKER_PREFIX.length()))
                .forEach(paths::add);
        TreeSet<String> canonical = new TreeSet<>(CODE_POINT_ORDER);
        paths.stream()
                .filter(path -> !path.isEmpty())
                .map(path -> Objects.requireNonNull(canonicaliser.apply(path), "canonical path"))
                .forEach(canonical::add);
        return canonical.isEmpty() ? null : String.join(", ", canonical);
    }
}
