package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcessVerificationTest {
    private static final String ROOT = SpawnShapeTest.ROOT;
    private static final Instant NOT_AFTER = Instant.parse("2026-05-17T16:42:00Z");

    private static ProcessFacts alive(List<String> argv, Instant start) {
        return new ProcessFacts(12, ProcessState.ALIVE, Optional.ofNullable(argv), Optional.ofNullable(start), Optional.empty());
    }

    private static List<String> ours(int port) {
        return SpawnShapeTest.javaArgv("--port", Integer.toString(port), "--spec-kitty-daemon-root=" + ROOT);
    }

    private static Verification verify(ProcessFacts facts, int port, Optional<Instant> notAfter) {
        return ProcessVerification.verify(facts, port, ROOT, notAfter);
    }

    @Test
    void ourDaemonOnItsPortStartedInTimeIsVerified() {
        assertEquals(Verification.VERIFIED, verify(alive(ours(9400), NOT_AFTER), 9400, Optional.of(NOT_AFTER)));
        assertEquals(Verification.VERIFIED, verify(alive(ours(9400), NOT_AFTER.plusSeconds(2)), 9400, Optional.of(NOT_AFTER)));
        assertEquals(Verification.VERIFIED, verify(alive(ours(9400), Instant.MAX), 9400, Optional.empty()));
        List<String> python = SpawnShapeTest.pythonArgv("run_sync_daemon(9401, x)", "--spec-kitty-daemon-root=" + ROOT);
        assertEquals(Verification.VERIFIED, verify(alive(python, NOT_AFTER), 9401, Optional.of(NOT_AFTER)));
    }

    @Test
    void aGoneProcessIsGone() {
        assertEquals(Verification.GONE, verify(ProcessFacts.noSuchProcess(12), 9400, Optional.empty()));
        ProcessFacts zombie = new ProcessFacts(12, ProcessState.ZOMBIE, Optional.of(List.of()), Optional.of(NOT_AFTER), Optional.empty());
        assertEquals(Verification.GONE, verify(zombie, 9400, Optional.empty()));
    }

    @Test
    void unreadableArgvOrStartIsUnknown() {
        assertEquals(Verification.UNKNOWN, verify(alive(null, NOT_AFTER), 9400, Optional.of(NOT_AFTER)));
        assertEquals(Verification.UNKNOWN, verify(alive(ours(9400), null), 9400, Optional.of(NOT_AFTER)));
        assertEquals(Verification.UNKNOWN, verify(alive(ours(9400), null), 9400, Optional.empty()));
    }

    @Test
    void anyFailedCheckIsNotOurs() {
        assertEquals(Verification.NOT_OURS, verify(alive(List.of("sleep", "30"), NOT_AFTER), 9400, Optional.empty()));
        assertEquals(Verification.NOT_OURS, verify(alive(ours(9400), NOT_AFTER), 9401, Optional.empty()));
        assertEquals(Verification.NOT_OURS, verify(alive(ours(9400), NOT_AFTER.plusSeconds(2).plusMillis(1)), 9400,
                Optional.of(NOT_AFTER)));
        List<String> otherRoot = SpawnShapeTest.javaArgv("--port", "9400", "--spec-kitty-daemon-root=/other",
                "--spec-kitty-daemon-root=" + ROOT);
        assertEquals(Verification.NOT_OURS, verify(alive(otherRoot, NOT_AFTER), 9400, Optional.empty()));
        List<String> emptyMarker = SpawnShapeTest.javaArgv("--port", "9400", "--spec-kitty-daemon-root=");
        assertEquals(Verification.NOT_OURS, verify(alive(emptyMarker, NOT_AFTER), 9400, Optional.empty()));
        List<String> noPort = SpawnShapeTest.javaArgv("--spec-kitty-daemon-root=" + ROOT);
        assertEquals(Verification.NOT_OURS, verify(alive(noPort, NOT_AFTER), 9400, Optional.empty()));
    }

    @Test
    void aProcessWhoseStateIsUnreadableIsStillJudgedByItsArgv() {
        ProcessFacts facts = new ProcessFacts(12, ProcessState.EXISTS_STATE_UNKNOWN, Optional.of(ours(9400)),
                Optional.of(NOT_AFTER), Optional.of(Path.of("/usr/bin/java")));
        assertEquals(Verification.VERIFIED, verify(facts, 9400, Optional.of(NOT_AFTER)));
    }
}
