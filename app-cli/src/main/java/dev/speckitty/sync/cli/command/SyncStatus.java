package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.boundary.ScopeMarkerState;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.util.List;
import java.util.Objects;

/**
 * The report of {@code sync status} (cli.md §5): the gathered facts, the failure set, the inspections of the
 * active queue (the legacy DB while unauthenticated) and of the legacy queue, and the identity records of the live
 * orphan daemons the facts counted (cleanup.md §4).
 */
public record SyncStatus(
        boolean check,
        ResolvedIdentity identity,
        BoundaryFacts facts,
        List<BoundaryFailure> failures,
        ScopeMarkerState scopeMarker,
        QueueInspection activeQueue,
        QueueInspection legacyQueue,
        List<IdentityRecord> liveOrphans) implements CommandResult {

    public SyncStatus {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(facts, "facts");
        failures = List.copyOf(failures);
        Objects.requireNonNull(scopeMarker, "scopeMarker");
        Objects.requireNonNull(activeQueue, "activeQueue");
        Objects.requireNonNull(legacyQueue, "legacyQueue");
        liveOrphans = List.copyOf(liveOrphans);
    }

    public boolean ok() {
        return failures.isEmpty();
    }

    /** 0 without {@code --check}; with it 0 when the failure set is empty, else 2 (§5.4). */
    @Override
    public int exitCode() {
        return check && !ok() ? ExitCodes.REFUSED : ExitCodes.OK;
    }
}
