package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.ClassifyOwnerRecord;
import dev.speckitty.sync.core.daemon.ComparisonBasis;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.IdentityFields;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.MismatchPolicy;
import dev.speckitty.sync.core.daemon.OrphanVerdict;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordStatus;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.lifecycle.DaemonTimeouts;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the daemon side of the boundary read-only (cli.md §3.1; daemon.md §9.4, §10): owner.json three-state and
 * classified, with the listener of an orphan's port for the R2/R3 choice; the state file and a single health probe
 * of the recorded singleton (report commands probe once, 0.5 s, daemon.md §15; expected pid from the state file);
 * and the mismatches. Signals nothing, writes nothing.
 */
public final class InspectDaemon {
    private final OwnerRecords ownerRecords;
    private final ClassifyOwnerRecord classifier;
    private final ListenerPids listenerPids;
    private final StateFiles stateFiles;
    private final ProbeLoopback probe;
    private final CanonicalPaths paths;

    public InspectDaemon(OwnerRecords ownerRecords, ClassifyOwnerRecord classifier, ListenerPids listenerPids,
                         StateFiles stateFiles, ProbeLoopback probe, CanonicalPaths paths) {
        this.ownerRecords = Objects.requireNonNull(ownerRecords, "ownerRecords");
        this.classifier = Objects.requireNonNull(classifier, "classifier");
        this.listenerPids = Objects.requireNonNull(listenerPids, "listenerPids");
        this.stateFiles = Objects.requireNonNull(stateFiles, "stateFiles");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.paths = Objects.requireNonNull(paths, "paths");
    }

    public DaemonFacts inspect(Path root, ForegroundIdentity foreground) {
        OwnerRecordFacts owner = ownerRecord(root);
        Optional<RecordedDaemon> recorded = recordedDaemon(root);
        ComparisonBasis basis = ComparisonBasis.choose(owner.status(), recorded.flatMap(RecordedDaemon::health));
        IdentityFields ours = IdentityFields.of(foreground, paths);
        List<FieldMismatch> mismatches = List.of();
        if (basis instanceof ComparisonBasis.AgainstOwnerRecord against) {
            mismatches = MismatchPolicy.compare(ours, IdentityFields.of(against.record(), paths));
        } else if (basis instanceof ComparisonBasis.AgainstHealthOwner against) {
            mismatches = MismatchPolicy.compare(ours, IdentityFields.of(against.owner(), paths));
        }
        return new DaemonFacts(owner, recorded, mismatches);
    }

    /** The owner record state; for an orphan, whether its pid is the listener of its port. */
    public OwnerRecordFacts ownerRecord(Path root) {
        Path path = OwnerRecords.ownerRecordPath(root);
        OwnerRecordReading reading = ownerRecords.read(root);
        OwnerRecordStatus status = classifier.classify(reading);
        boolean listens = status instanceof OwnerRecordStatus.Orphan orphan && OrphanVerdict.pidListensOnItsPort(
                orphan.record(), listenerPids.listenerPid(orphan.record().port()));
        return new OwnerRecordFacts(path, status, listens);
    }

    /** The recorded singleton of a valid state file with one health probe; empty for an absent or invalid file. */
    public Optional<RecordedDaemon> recordedDaemon(Path root) {
        if (stateFiles.read(root) instanceof StateFileReading.Valid valid) {
            return Optional.of(RecordedDaemon.probed(valid.state(),
                    probe.health(valid.state().port(), DaemonTimeouts.HEALTH_PROBE)));
        }
        return Optional.empty();
    }
}
