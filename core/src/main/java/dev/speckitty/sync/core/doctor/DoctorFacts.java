package dev.speckitty.sync.core.doctor;

import dev.speckitty.sync.core.cleanup.IdentityRecord;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the findings of {@code auth doctor} are computed from (cli.md §13.3).
 *
 * @param recordedDaemon            the valid state file's daemon and its single health probe; empty without one
 * @param ownerRecordState          {@code absent}, {@code present}, {@code orphan} or {@code unreadable}
 * @param ownerRecordPath           {@code <R>/sync/daemon/owner.json}
 * @param ownerRecordUnreadableReason the reason code when unreadable
 * @param orphanRecordPidListens    the orphan record's pid is alive and listens on its port (cli.md §10.2)
 */
public record DoctorFacts(
        boolean authenticated,
        boolean saasSyncEnabled,
        boolean sessionRejected,
        String sessionDiagnostic,
        List<IdentityRecord> orphans,
        Optional<RecordedDaemonHealth> recordedDaemon,
        String foregroundPackageVersion,
        String ownerRecordState,
        String ownerRecordPath,
        String ownerRecordUnreadableReason,
        boolean orphanRecordPidListens) {

    public DoctorFacts {
        orphans = List.copyOf(orphans);
        Objects.requireNonNull(recordedDaemon, "recordedDaemon");
        Objects.requireNonNull(foregroundPackageVersion, "foregroundPackageVersion");
        Objects.requireNonNull(ownerRecordState, "ownerRecordState");
        Objects.requireNonNull(ownerRecordPath, "ownerRecordPath");
    }

    /** The recorded singleton as one health probe saw it; its package version is known only when healthy. */
    public record RecordedDaemonHealth(boolean healthy, String packageVersion) {
    }
}
