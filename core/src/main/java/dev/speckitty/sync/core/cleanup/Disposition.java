package dev.speckitty.sync.core.cleanup;

import java.util.Optional;

/**
 * What a sweep does with one record (cleanup.md §8.1, §8.4): the hard guard first, for every record; then
 * {@code safe_auto} is swept, {@code operator_required} is swept only with force (the startup reaper never
 * passes force) and otherwise skipped. {@code never_touch} never gets past the guard.
 */
public sealed interface Disposition permits Disposition.Sweep, Disposition.Skip, Disposition.Refuse {

    static Disposition of(IdentityRecord record, boolean force) {
        Optional<String> refusal = SweepGuard.refusal(record);
        if (refusal.isPresent()) {
            return new Refuse(refusal.get(), FailedEntry.of(record, FailureReason.REFUSED_BY_GUARD));
        }
        if (record.cleanupClass() == CleanupClass.SAFE_AUTO || force) {
            return new Sweep(record);
        }
        return new Skip(SkippedEntry.of(record));
    }

    /** Escalate (§8.3), re-verifying before each signal (§8.2). */
    record Sweep(IdentityRecord record) implements Disposition {
    }

    /** Leave it for the operator; report the entry in {@code skipped[]}. */
    record Skip(SkippedEntry entry) implements Disposition {
    }

    /**
     * A defect reached the sweep: log {@link #bugLogMessage()} as an error and report the entry in
     * {@code failed[]}.
     */
    record Refuse(String detail, FailedEntry entry) implements Disposition {
        public String bugLogMessage() {
            return SweepGuard.bugLogMessage(detail);
        }
    }
}
