package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.files.ScopeMarkerFile;
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.BoundaryEvaluation;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.queue.QueueInspection;
import jakarta.inject.Inject;
import java.nio.file.Path;

/**
 * {@code spec-kitty sync status}: gathers the facts of cli.md §3.1 read-only and evaluates the failure set. It
 * never migrates, never starts or stops a daemon and makes no network call.
 */
public final class SyncStatusCommand {

    private final ResolvedIdentity identity;
    private final Path root;
    private final GatherBoundaryFacts boundary;
    private final ScopeMarkerFile scopeMarker;
    private final FindLiveOrphans liveScan;

    @Inject
    public SyncStatusCommand(ResolvedIdentity identity, @Root Path root, GatherBoundaryFacts boundary,
                             ScopeMarkerFile scopeMarker, FindLiveOrphans liveScan) {
        this.identity = identity;
        this.root = root;
        this.boundary = boundary;
        this.scopeMarker = scopeMarker;
        this.liveScan = liveScan;
    }

    public SyncStatus run(boolean check) {
        BoundaryFacts facts = boundary.gather(GatherBoundaryFacts.ALL);
        QueueInspection legacy = facts.legacyQueue().orElseThrow();
        QueueInspection active = facts.activeScopedQueue().orElse(legacy);
        return new SyncStatus(check, identity, facts, BoundaryEvaluation.evaluate(facts),
                scopeMarker.state(root, identity.scope()), active, legacy, liveScan.scan(root).orphans());
    }
}
