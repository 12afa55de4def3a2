package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpawnShapeTest {
    static final String ROOT = "/data/sk-root";

    static List<String> javaArgv(String... tail) {
        List<String> head = List.of("setsid", "/usr/lib/jvm/bin/java", "-Xmx64m", "-jar", "/opt/sk/lib/spec-kitty-sync.jar",
                "sync", "daemon", "run");
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
    }

    static List<String> pythonArgv(String script, String... tail) {
        List<String> head = List.of("/tmp/old/.venv/bin/python3", "-c", script);
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
    }

    @Test
    void theJavaShapeIsThreeConsecutiveElements() {
        assertEquals(Optional.of(SpawnShape.JAVA), SpawnShape.of(javaArgv("--port", "9400")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of("java", "sync", "daemon", "start")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of("java", "sync", "x", "daemon", "run")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of("java", "sync daemon run")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of()));
    }

    @Test
    void thePythonShapeIsDashCFollowedByTheDaemonScript() {
        assertEquals(Optional.of(SpawnShape.PYTHON), SpawnShape.of(pythonArgv("from x import run_sync_daemon; run_sync_daemon(9401, 'x')")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of("python3", "run_sync_daemon", "-c")));
        assertEquals(Optional.empty(), SpawnShape.of(List.of("python3", "-c", "print(1)", "run_sync_daemon")));
    }

    @Test
    void theRootMarkerIsTheFirstNonEmptyPayload() {
        assertEquals(Optional.of(ROOT), SpawnShape.rootMarker(javaArgv("--spec-kitty-daemon-root=" + ROOT,
                "--spec-kitty-daemon-root=/elsewhere")));
        assertEquals(Optional.empty(), SpawnShape.rootMarker(javaArgv("--spec-kitty-daemon-root=", "--spec-kitty-daemon-root=" + ROOT)));
        assertEquals(Optional.empty(), SpawnShape.rootMarker(javaArgv("--port", "9400")));
    }

    @Test
    void theJavaPortIsAfterPortOrInItsPayload() {
        assertEquals(OptionalInt.of(9400), SpawnShape.port(javaArgv("--port", "9400")));
        assertEquals(OptionalInt.of(9401), SpawnShape.port(javaArgv("--port=9401", "--port", "9402")));
        assertEquals(OptionalInt.of(9402), SpawnShape.port(javaArgv("--port", "9402", "--port=9401")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(javaArgv("--port")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(javaArgv("--port", "94x0")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(javaArgv()));
    }

    @Test
    void thePythonPortFollowsTheFirstDaemonCall() {
        assertEquals(OptionalInt.of(9401), SpawnShape.port(pythonArgv("run_sync_daemon(9401, root); run_sync_daemon(9402)")));
        assertEquals(OptionalInt.of(9405), SpawnShape.port(pythonArgv("import run_sync_daemon as r; run_sync_daemon( 9405)")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(pythonArgv("run_sync_daemon(port, root); run_sync_daemon(9402)")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(pythonArgv("run_sync_daemon(123456)")));
        assertEquals(OptionalInt.empty(), SpawnShape.port(List.of("python3", "--port", "9400")));
    }
}
