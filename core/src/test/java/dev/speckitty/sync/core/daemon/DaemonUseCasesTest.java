package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.speckitty.sync.core.testing.FakeCheckExecutable;
import dev.speckitty.sync.core.testing.FakeProcessTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DaemonUseCasesTest {
    private final FakeProcessTable table = new FakeProcessTable();
    private final FakeCheckExecutable executables = new FakeCheckExecutable();
    private final ClassifyOwnerRecord classify = new ClassifyOwnerRecord(table, executables);
    private final OwnerRecord record = OwnerRecordTest.record(12, 9400);
    private final Instant startedAt = record.startedAtInstant().orElseThrow();

    @Test
    void aRecordOfALiveDaemonWithItsExecutableIsPresent() {
        table.alive(12, List.of("java"), startedAt, Path.of("/usr/bin/java"));
        executables.mark(record.executablePath(), ExecutableStatus.PRESENT);
        assertEquals(new OwnerRecordStatus.Present(record), classify.classify(new OwnerRecordReading.Found(record)));
    }

    @Test
    void aRecordOfADeadPidIsAnOrphanWithItsReasons() {
        OwnerRecordStatus status = classify.classify(new OwnerRecordReading.Found(record));
        assertEquals(List.of(OrphanReason.PID_NOT_ALIVE, OrphanReason.EXECUTABLE_MISSING),
                assertInstanceOf(OwnerRecordStatus.Orphan.class, status).reasons());
    }

    @Test
    void absentAndUnreadableReadingsNeedNoProcessFacts() {
        assertInstanceOf(OwnerRecordStatus.Absent.class, classify.classify(new OwnerRecordReading.Absent()));
        OwnerRecordReading.Unreadable unreadable = new OwnerRecordReading.Unreadable(Path.of("/r/sync/daemon/owner.json"),
                OwnerRecordReading.Reason.NOT_AN_OBJECT, "expected a JSON object, found array");
        assertEquals(new OwnerRecordStatus.Unreadable(unreadable), classify.classify(unreadable));
    }

    @Test
    void verificationReadsTheProcessTableAtCallTime() {
        VerifyDaemonProcess verify = new VerifyDaemonProcess(table, SpawnShapeTest.ROOT);
        assertEquals(Verification.GONE, verify.verify(12, 9400, Optional.empty()));
        table.alive(12, SpawnShapeTest.javaArgv("--port", "9400", "--spec-kitty-daemon-root=" + SpawnShapeTest.ROOT), startedAt,
                Path.of("/usr/bin/java"));
        assertEquals(Verification.VERIFIED, verify.verify(12, 9400, Optional.of(startedAt)));
        table.zombify(12);
        assertEquals(Verification.GONE, verify.verify(12, 9400, Optional.of(startedAt)));
    }
}
