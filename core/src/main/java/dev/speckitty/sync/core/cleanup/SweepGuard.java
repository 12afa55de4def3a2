package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.util.Optional;

/**
 * The hard guard of cleanup.md §8.1, evaluated for every record before any action of any sweep. A refused
 * record is never signalled and never sent a request; it becomes a {@code failed} entry with
 * {@link FailureReason#REFUSED_BY_GUARD} and the log line {@link #bugLogMessage(String)}.
 */
public final class SweepGuard {

    private SweepGuard() {
    }

    /**
     * The refusal detail of the first failed check, in the order of §8.1, or empty when the record may be
     * acted on. Uses the fixed sync range, never a scan sub-range.
     */
    public static Optional<String> refusal(IdentityRecord record) {
        int port = record.port();
        if (!SyncPort.contains(port)) {
            return Optional.of("out-of-range port " + port + " (expected [" + SyncPort.FIRST + ", " + SyncPort.END
                    + "))");
        }
        if (!record.daemonFamily().equals(HealthReport.SYNC_FAMILY)) {
            return Optional.of("non-sync daemon_family='" + record.daemonFamily() + "' on port " + port);
        }
        if (record.cleanupClass() == CleanupClass.NEVER_TOUCH) {
            return Optional.of("never_touch record on port " + port + " (skip_reason="
                    + record.skipReason().wireName() + ")");
        }
        if (!record.spawnShapeOk()) {
            return Optional.of("record without production spawn shape on port " + port);
        }
        return Optional.empty();
    }

    /** The message for {@code OperatorLog.error}, which adds the {@code [ERROR] } prefix. */
    public static String bugLogMessage(String refusalDetail) {
        return "BUG: attempted sweep of " + refusalDetail;
    }
}
