package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.daemon.SpawnShape.EXEC_MARKER_PREFIX;
import static dev.speckitty.sync.core.daemon.SpawnShape.ROOT_MARKER_PREFIX;
import static dev.speckitty.sync.core.cleanup.Listeners.JAR;
import static dev.speckitty.sync.core.cleanup.Listeners.JAVA;
import static dev.speckitty.sync.core.cleanup.Listeners.PYTHON;
import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.SpawnShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * What cleanup reads from argv (cleanup.md §6, daemon.md §11.1): the spawn shapes, scope marker and argv port of
 * {@link SpawnShape}, and {@link DaemonArgv#executableSummary}.
 */
class DaemonArgvTest {

    @Test
    void javaShapeIsThreeConsecutiveCommandWords() {
        assertEquals(Optional.of(SpawnShape.JAVA), SpawnShape.of(Listeners.javaArgv(9401, ROOT)));
        assertEquals(Optional.of(SpawnShape.JAVA), SpawnShape.of(List.of("sync", "daemon", "run")));
        assertEquals(Optional.of(SpawnShape.JAVA),
                SpawnShape.of(List.of("/usr/bin/setsid", JAVA, "-cp", "x", "Main", "sync", "daemon", "run")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(JAVA, "sync", "daemon", "status", "run")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(JAVA, "sync", "daemon")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(JAVA, "Sync", "daemon", "run")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(JAVA, "sync daemon run")));
    }

    @Test
    void pythonShapeIsMinusCFollowedByTheEntryPoint() {
        assertEquals(Optional.of(SpawnShape.PYTHON), SpawnShape.of(Listeners.pythonArgv(9401, ROOT)));
        assertEquals(Optional.of(SpawnShape.PYTHON),
                SpawnShape.of(List.of(PYTHON, "-u", "-c", "import x; x.run_sync_daemon(9402)")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(PYTHON, "-c", "print(1)", "run_sync_daemon")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(PYTHON, "-c")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(PYTHON, "-cc", "run_sync_daemon(9401)")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of(PYTHON, "run_sync_daemon(9401)", "-c")));
    }

    @Test
    void unreadableArgvHasNoShape() {
        assertEquals(Optional.empty(), SpawnShape.of(List.of()));
        assertFalse(SpawnShape.matches(List.of()));
    }

    @Test
    void scopeMarkerIsTheFirstMarkerElementAndEmptyMeansNone() {
        assertEquals(Optional.of(ROOT), SpawnShape.rootMarker(Listeners.javaArgv(9401, ROOT)));
        assertEquals(Optional.of(ROOT), SpawnShape.rootMarker(Listeners.pythonArgv(9401, ROOT)));
        assertEquals(Optional.empty(), SpawnShape.rootMarker(Listeners.javaArgvWithoutMarker(9401)));
        assertEquals(Optional.empty(),
                SpawnShape.rootMarker(List.of("sync", "daemon", "run", ROOT_MARKER_PREFIX,
                        ROOT_MARKER_PREFIX + ROOT)));
        assertEquals(Optional.of("/a"),
                SpawnShape.rootMarker(List.of(ROOT_MARKER_PREFIX + "/a", ROOT_MARKER_PREFIX + "/b")));
        assertEquals(Optional.of("=x y"), SpawnShape.rootMarker(List.of(ROOT_MARKER_PREFIX + "=x y")));
        assertEquals(Optional.empty(), SpawnShape.rootMarker(List.of("--spec-kitty-daemon-root", ROOT)));
        assertEquals(Optional.empty(), SpawnShape.rootMarker(List.of()));
    }

    @Test
    void javaPortIsTheElementAfterPortOrThePayloadOfPortEquals() {
        assertEquals(OptionalInt.of(9401), SpawnShape.port(Listeners.javaArgv(9401, ROOT)));
        assertEquals(OptionalInt.of(9449), SpawnShape.port(List.of(JAVA, "sync", "daemon", "run", "--port=9449")));
        assertEquals(OptionalInt.of(9402),
                SpawnShape.port(List.of(JAVA, "sync", "daemon", "run", "--port", "9402", "--port", "9403")));
        assertEquals(OptionalInt.of(9404),
                SpawnShape.port(List.of(JAVA, "sync", "daemon", "run", "--port=9404", "--port", "9405")));
    }

    @Test
    void javaPortIsReadOnlyAfterTheCommandWordsAndMustBeAPort() {
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(JAVA, "--port", "9401", "sync", "daemon", "run")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(JAVA, "sync", "daemon", "run", "--port")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(JAVA, "sync", "daemon", "run")));
        String arabicIndicDigits = "\u0669\u0664\u0660\u0661";
        for (String bad : List.of("", "0", "65536", "-1", "+9401", "94O1", "9401 ", "123456", arabicIndicDigits)) {
            assertEquals(OptionalInt.empty(), SpawnShape.port(List.of("sync", "daemon", "run", "--port", bad)), bad);
            assertEquals(OptionalInt.empty(), SpawnShape.port(List.of("sync", "daemon", "run", "--port=" + bad)), bad);
        }
        assertEquals(OptionalInt.of(65535), SpawnShape.port(List.of("sync", "daemon", "run", "--port", "65535")));
        assertEquals(OptionalInt.of(1), SpawnShape.port(List.of("sync", "daemon", "run", "--port", "00001")));
    }

    @Test
    void pythonPortIsTheNumberAfterTheFirstCall() {
        assertEquals(OptionalInt.of(9401), SpawnShape.port(Listeners.pythonArgv(9401, ROOT)));
        assertEquals(OptionalInt.of(9403),
                SpawnShape.port(List.of(PYTHON, "-c", "run_sync_daemon(9403); run_sync_daemon(9404)")));
        assertEquals(OptionalInt.of(9405), SpawnShape.port(List.of(PYTHON, "-c", "run_sync_daemon( 9405, t)")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(PYTHON, "-c", "run_sync_daemon(port=9401)")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(PYTHON, "-c", "run_sync_daemon")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(PYTHON, "-c", "run_sync_daemon(99999)")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of(PYTHON, "-c", "run_sync_daemon(")));
    }

    @Test
    void foreignArgvHasNoPort() {
        assertEquals(OptionalInt.empty(), SpawnShape.port(Listeners.thirdPartyArgv()));
    }

    @Test
    void executableSummaryJoinsSortedDistinctCanonicalPaths() {
        assertEquals(JAR + ", " + JAVA,
                DaemonArgv.executableSummary(5001L, JAVA, Listeners.javaArgv(9401, ROOT), Listeners.IDENTITY_PATHS));
        assertEquals(PYTHON, DaemonArgv.executableSummary(5001L, PYTHON, Listeners.pythonArgv(9401, ROOT),
                Listeners.IDENTITY_PATHS));
    }

    @Test
    void executableSummaryCanonicalisesEveryPathThroughTheGivenFunction() {
        List<String> seen = new ArrayList<>();
        UnaryOperator<String> canonicaliser = path -> {
            seen.add(path);
            return path.equals("/usr/bin/java") ? JAVA : path;
        };
        List<String> argv = List.of("/usr/bin/java", "-jar", JAR, "sync", "daemon", "run",
                EXEC_MARKER_PREFIX + JAR, EXEC_MARKER_PREFIX + "/usr/bin/java", EXEC_MARKER_PREFIX);
        assertEquals(JAR + ", " + JAVA, DaemonArgv.executableSummary(5001L, JAVA, argv, canonicaliser));
        assertEquals(List.of(JAVA, "/usr/bin/java", JAR, "/usr/bin/java"), seen);
    }

    @Test
    void executableSummaryOmitsABareArgvZero() {
        assertEquals(JAR, DaemonArgv.executableSummary(5001L, null,
                List.of("java", "-jar", JAR, "sync", "daemon", "run", EXEC_MARKER_PREFIX + JAR),
                Listeners.IDENTITY_PATHS));
        assertNull(DaemonArgv.executableSummary(5001L, null, List.of("java", "sync", "daemon", "run"),
                Listeners.IDENTITY_PATHS));
        assertEquals("./bin/java", DaemonArgv.executableSummary(5001L, null, List.of("./bin/java"),
                Listeners.IDENTITY_PATHS));
    }

    @Test
    void executableSummaryIsNullWithoutPidOrPaths() {
        assertNull(DaemonArgv.executableSummary(null, null, List.of(), Listeners.IDENTITY_PATHS));
        assertNull(DaemonArgv.executableSummary(5001L, null, List.of(), Listeners.IDENTITY_PATHS));
        assertNull(DaemonArgv.executableSummary(5001L, "", List.of(""), Listeners.IDENTITY_PATHS));
    }

    @Test
    void executableSummarySortsByCodePoint() {
        // U+FF21 (BMP) sorts before U+1F600 (supplementary) by code point, but after it by UTF-16 unit.
        String bmp = "/\uFF21";
        String supplementary = "/\uD83D\uDE00";
        assertEquals(bmp + ", " + supplementary, DaemonArgv.executableSummary(5001L, supplementary,
                List.of(bmp), Listeners.IDENTITY_PATHS));
        assertTrue(bmp.compareTo(supplementary) > 0, "precondition: UTF-16 order differs");
    }
}
