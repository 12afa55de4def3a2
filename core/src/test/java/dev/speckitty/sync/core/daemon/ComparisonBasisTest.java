package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonBasisTest {
    private final OwnerRecord record = OwnerRecordTest.record(12, 9400);
    private final HealthReport withOwner = HealthReportTest.report("ok", "sync", 1L, HealthReportTest.owner(12, 9400));
    private final HealthReport withoutOwner = HealthReportTest.report("ok", "sync", 1L, null);
    private final OwnerRecordStatus unreadable = new OwnerRecordStatus.Unreadable(new OwnerRecordReading.Unreadable(
            Path.of("/r/sync/daemon/owner.json"), OwnerRecordReading.Reason.INVALID_JSON, "invalid JSON at line 1 column 2"));
    private final OwnerRecordStatus orphan = new OwnerRecordStatus.Orphan(record, List.of(OrphanReason.PID_NOT_ALIVE));

    @Test
    void aPresentRecordIsTheBasisWhateverTheDaemonSays() {
        ComparisonBasis basis = ComparisonBasis.choose(new OwnerRecordStatus.Present(record), Optional.of(withoutOwner));
        assertEquals(record, assertInstanceOf(ComparisonBasis.AgainstOwnerRecord.class, basis).record());
    }

    @Test
    void otherwiseTheHealthyRecordedSingletonsOwnerBlockIs() {
        for (OwnerRecordStatus status : List.of(new OwnerRecordStatus.Absent(), unreadable, orphan)) {
            ComparisonBasis basis = ComparisonBasis.choose(status, Optional.of(withOwner));
            assertEquals(withOwner.owner(), assertInstanceOf(ComparisonBasis.AgainstHealthOwner.class, basis).owner());
        }
    }

    @Test
    void aHealthySingletonWithoutOwnerBlockIsOwnerRecordMissing() {
        for (OwnerRecordStatus status : List.of(new OwnerRecordStatus.Absent(), unreadable, orphan)) {
            assertInstanceOf(ComparisonBasis.OwnerIdentityMissing.class, ComparisonBasis.choose(status, Optional.of(withoutOwner)));
        }
    }

    @Test
    void withoutPresentRecordOrHealthySingletonNothingIsCompared() {
        for (OwnerRecordStatus status : List.of(new OwnerRecordStatus.Absent(), unreadable, orphan)) {
            assertInstanceOf(ComparisonBasis.NothingToCompare.class, ComparisonBasis.choose(status, Optional.empty()));
        }
    }

    @Test
    void statesHaveTheirWireNames() {
        assertEquals(List.of("absent", "unreadable", "orphan", "present"), List.of(new OwnerRecordStatus.Absent().state(),
                unreadable.state(), orphan.state(), new OwnerRecordStatus.Present(record).state()));
    }
}
