package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class OrphanVerdictTest {
    private static final Instant STARTED_AT = Instant.parse("2026-05-17T16:42:00Z");
    private final OwnerRecord record = OwnerRecordTest.record(12, 9400);

    private static ProcessFacts process(ProcessState state, Instant start) {
        return new ProcessFacts(12, state, Optional.of(List.of("java")), Optional.ofNullable(start),
                Optional.of(Path.of("/usr/bin/java")));
    }

    @Test
    void aLiveProcessStartedInTimeWithItsExecutableIsNoOrphan() {
        assertEquals(List.of(), OrphanVerdict.reasons(record, process(ProcessState.ALIVE, STARTED_AT), ExecutableStatus.PRESENT));
        assertEquals(List.of(), OrphanVerdict.reasons(record, process(ProcessState.EXISTS_STATE_UNKNOWN, null),
                ExecutableStatus.PRESENT));
    }

    @Test
    void noProcessOrAZombieIsNotAlive() {
        assertEquals(List.of(OrphanReason.PID_NOT_ALIVE),
                OrphanVerdict.reasons(record, ProcessFacts.noSuchProcess(12), ExecutableStatus.PRESENT));
        assertEquals(List.of(OrphanReason.PID_NOT_ALIVE),
                OrphanVerdict.reasons(record, process(ProcessState.ZOMBIE, STARTED_AT), ExecutableStatus.PRESENT));
    }

    @Test
    void aProcessStartedMoreThanTwoSecondsAfterTheRecordHasARecycledPid() {
        assertEquals(List.of(), OrphanVerdict.reasons(record, process(ProcessState.ALIVE, STARTED_AT.plusSeconds(2)),
                ExecutableStatus.PRESENT));
        assertEquals(List.of(OrphanReason.PID_RECYCLED), OrphanVerdict.reasons(record,
                process(ProcessState.ALIVE, STARTED_AT.plusSeconds(2).plusMillis(1)), ExecutableStatus.PRESENT));
        assertEquals(List.of(), OrphanVerdict.reasons(record, process(ProcessState.ALIVE, STARTED_AT.minusSeconds(3600)),
                ExecutableStatus.PRESENT));
    }

    @Test
    void anUnknownStartOrAnUnreadableStartedAtCannotProveRecycling() {
        assertEquals(List.of(), OrphanVerdict.reasons(record, process(ProcessState.ALIVE, null), ExecutableStatus.PRESENT));
        OwnerRecord odd = new OwnerRecord(null, null, null, "/x", "1", 12, 9400, "/q", "https://s", "/c", "not a time",
                new ControlToken("t"));
        assertEquals(List.of(), OrphanVerdict.reasons(odd, process(ProcessState.ALIVE, Instant.MAX), ExecutableStatus.PRESENT));
    }

    @Test
    void theExecutableCheckFailsClosed() {
        assertEquals(List.of(OrphanReason.EXECUTABLE_MISSING),
                OrphanVerdict.reasons(record, process(ProcessState.ALIVE, STARTED_AT), ExecutableStatus.MISSING));
        assertEquals(List.of(OrphanReason.EXECUTABLE_UNVERIFIABLE),
                OrphanVerdict.reasons(record, process(ProcessState.ALIVE, STARTED_AT), ExecutableStatus.UNVERIFIABLE));
    }

    @Test
    void reasonsComeInReportingOrder() {
        ProcessFacts recycledZombie = process(ProcessState.ZOMBIE, STARTED_AT.plusSeconds(60));
        assertEquals(List.of(OrphanReason.PID_NOT_ALIVE, OrphanReason.PID_RECYCLED, OrphanReason.EXECUTABLE_UNVERIFIABLE),
                OrphanVerdict.reasons(record, recycledZombie, ExecutableStatus.UNVERIFIABLE));
        assertEquals(List.of("pid_not_alive", "pid_recycled", "executable_missing", "executable_unverifiable"),
                java.util.Arrays.stream(OrphanReason.values()).map(OrphanReason::code).toList());
    }

    @Test
    void factsMustDescribeTheRecordsPid() {
        assertThrows(IllegalArgumentException.class,
                () -> OrphanVerdict.reasons(record, ProcessFacts.noSuchProcess(13), ExecutableStatus.PRESENT));
    }

    @Test
    void retireIsTheRemedyOnlyForProcessEvidenceWhenThePidDoesNotListenOnItsPort() {
        List<OrphanReason> dead = List.of(OrphanReason.PID_NOT_ALIVE);
        List<OrphanReason> recycled = List.of(OrphanReason.PID_RECYCLED, OrphanReason.EXECUTABLE_MISSING);
        List<OrphanReason> executableOnly = List.of(OrphanReason.EXECUTABLE_MISSING);
        assertEquals(OrphanRemedy.RETIRE_RECORD, OrphanVerdict.remedy(record, dead, OptionalLong.empty()));
        assertEquals(OrphanRemedy.RETIRE_RECORD, OrphanVerdict.remedy(record, recycled, OptionalLong.of(99)));
        assertEquals(OrphanRemedy.RESTART_DAEMON, OrphanVerdict.remedy(record, recycled, OptionalLong.of(12)));
        assertEquals(OrphanRemedy.RESTART_DAEMON, OrphanVerdict.remedy(record, executableOnly, OptionalLong.empty()));
    }

    @Test
    void aRecordPidListensOnItsPortOnlyWhenItIsTheListener() {
        assertTrue(OrphanVerdict.pidListensOnItsPort(record, OptionalLong.of(12)));
        assertFalse(OrphanVerdict.pidListensOnItsPort(record, OptionalLong.of(13)));
        assertFalse(OrphanVerdict.pidListensOnItsPort(record, OptionalLong.empty()));
    }
}
