package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of cli.md §3.1, gathered read-only by the caller. A caller gathers only what its failure subset
 * needs: the gates of {@code sync now} and setup-plan count no rows and run no live scan, so the queue
 * inspections are optional and the scan fields stay empty.
 *
 * @param root                 the spec-kitty root {@code <R>}
 * @param saasSyncEnabled      the truthy {@code SPEC_KITTY_ENABLE_SAAS_SYNC}
 * @param foreground           the foreground identity (daemon.md §2)
 * @param authenticated        an identity resolves (on-disk.md §5.5)
 * @param ownerRecord          the owner record state and what it says
 * @param mismatches           the mismatched fields (daemon.md §9.4), against the owner record when it is
 *                             present, else against the health {@code owner} block of a healthy recorded daemon
 * @param recordedDaemon       the daemon of a valid state file and one health probe of it; empty without a valid
 *                             state file
 * @param legacyQueue          the legacy DB inspection, when gathered
 * @param activeScopedQueue    the active scoped DB inspection, when gathered (only when authenticated)
 * @param strandedMissionSlug  the current mission slug when it is stranded (§3.2; only when authenticated)
 * @param liveOrphanPorts      ports of live orphan daemons found by the live scan (cleanup.md §1)
 * @param scanDiagnostic       why the live scan could not run, when it could not
 */
public record BoundaryFacts(
        Path root,
        boolean saasSyncEnabled,
        ForegroundIdentity foreground,
        boolean authenticated,
        OwnerRecordFacts ownerRecord,
        List<FieldMismatch> mismatches,
        Optional<RecordedDaemon> recordedDaemon,
        Optional<QueueInspection> legacyQueue,
        Optional<QueueInspection> activeScopedQueue,
        Optional<String> strandedMissionSlug,
        List<Integer> liveOrphanPorts,
        Optional<String> scanDiagnostic) {

    public BoundaryFacts {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(ownerRecord, "ownerRecord");
        Objects.requireNonNull(recordedDaemon, "recordedDaemon");
        Objects.requireNonNull(legacyQueue, "legacyQueue");
        Objects.requireNonNull(activeScopedQueue, "activeScopedQueue");
        Objects.requireNonNull(strandedMissionSlug, "strandedMissionSlug");
        Objects.requireNonNull(scanDiagnostic, "scanDiagnostic");
        mismatches = mismatches.stream().sorted(Comparator.comparing(FieldMismatch::field)).toList();
        liveOrphanPorts = liveOrphanPorts.stream().distinct().sorted().toList();
        if (mismatches.stream().map(FieldMismatch::field).distinct().count() != mismatches.size()) {
            throw new IllegalArgumentException("a field can mismatch only once");
        }
        if (authenticated != (foreground.authScope() != null)) {
            throw new IllegalArgumentException("authenticated must agree with the foreground auth scope");
        }
        if (!authenticated && (activeScopedQueue.isPresent() || strandedMissionSlug.isPresent())) {
            throw new IllegalArgumentException("a scoped queue and a stranded mission exist only when authenticated");
        }
        if (!mismatches.isEmpty() && !daemonSideComparable(ownerRecord, recordedDaemon)) {
            throw new IllegalArgumentException(
                    "mismatches need a present owner record or a healthy recorded daemon with an owner block");
        }
    }

    /** These facts with the result of the live scan (cleanup.md §1, §3): the live orphan ports or the diagnostic. */
    public BoundaryFacts withLiveScan(List<Integer> orphanPorts, Optional<String> diagnostic) {
        return new BoundaryFacts(root, saasSyncEnabled, foreground, authenticated, ownerRecord, mismatches,
                recordedDaemon, legacyQueue, activeScopedQueue, strandedMissionSlug, orphanPorts, diagnostic);
    }

    private static boolean daemonSideComparable(OwnerRecordFacts owner, Optional<RecordedDaemon> daemon) {
        return owner.isPresent() || daemon.map(RecordedDaemon::healthOwnerBlockPresent).orElse(false);
    }
}
