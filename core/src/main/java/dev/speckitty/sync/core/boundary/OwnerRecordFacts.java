package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OrphanRemedy;
import dev.speckitty.sync.core.daemon.OrphanVerdict;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordStatus;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the boundary evaluation knows about {@code <R>/sync/daemon/owner.json}: where it is, its state
 * (on-disk.md §8.5, daemon.md §10) and, for an orphan record, whether its pid is the listener of its port, which
 * decides between R2 and R3 for failure 3 (cli.md §3.3).
 */
public record OwnerRecordFacts(Path path, OwnerRecordStatus status, boolean pidListensOnPort) {

    public OwnerRecordFacts {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        if (pidListensOnPort && !(status instanceof OwnerRecordStatus.Orphan)) {
            throw new IllegalArgumentException("pidListensOnPort is only known for an orphan record");
        }
        if (status instanceof OwnerRecordStatus.Unreadable unreadable && !unreadable.reading().path().equals(path)) {
            throw new IllegalArgumentException("the unreadable reading is of another path: " + unreadable.reading().path());
        }
    }

    public static OwnerRecordFacts absent(Path path) {
        return new OwnerRecordFacts(path, new OwnerRecordStatus.Absent(), false);
    }

    public static OwnerRecordFacts unreadable(Path path, OwnerRecordReading.Reason reason, String detail) {
        return new OwnerRecordFacts(path,
                new OwnerRecordStatus.Unreadable(new OwnerRecordReading.Unreadable(path, reason, detail)), false);
    }

    public static OwnerRecordFacts orphan(Path path, OwnerRecord record, List<OrphanReason> reasons,
                                          boolean pidListensOnPort) {
        return new OwnerRecordFacts(path, new OwnerRecordStatus.Orphan(record, reasons), pidListensOnPort);
    }

    public static OwnerRecordFacts present(Path path, OwnerRecord record) {
        return new OwnerRecordFacts(path, new OwnerRecordStatus.Present(record), false);
    }

    /** The wire form: {@code absent}, {@code unreadable}, {@code orphan} or {@code present}. */
    public String state() {
        return status.state();
    }

    public boolean isPresent() {
        return status instanceof OwnerRecordStatus.Present;
    }

    public boolean isOrphan() {
        return status instanceof OwnerRecordStatus.Orphan;
    }

    /** The record of an orphan or present state; empty when absent or unreadable. */
    public Optional<OwnerRecord> record() {
        if (status instanceof OwnerRecordStatus.Orphan orphan) {
            return Optional.of(orphan.record());
        }
        if (status instanceof OwnerRecordStatus.Present present) {
            return Optional.of(present.record());
        }
        return Optional.empty();
    }

    /** The orphan reasons in reporting order; empty unless orphan. */
    public List<OrphanReason> orphanReasons() {
        return status instanceof OwnerRecordStatus.Orphan orphan ? orphan.reasons() : List.of();
    }

    /** Why the file is no record; empty unless unreadable. */
    public Optional<OwnerRecordReading.Unreadable> unreadable() {
        return status instanceof OwnerRecordStatus.Unreadable unreadable
                ? Optional.of(unreadable.reading()) : Optional.empty();
    }

    /** The remedy of failure 3 for an orphan record (R3 to retire it, else R2). */
    public Optional<OrphanRemedy> orphanRemedy() {
        return isOrphan() ? Optional.of(OrphanVerdict.remedy(orphanReasons(), pidListensOnPort)) : Optional.empty();
    }
}
