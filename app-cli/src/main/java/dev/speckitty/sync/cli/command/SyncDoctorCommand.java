package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.BoundaryEvaluation;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QueueInspection;
import jakarta.inject.Inject;

/**
 * {@code spec-kitty sync doctor} (cli.md §9): every fact of §3.1, the failure set, and what the active queue holds
 * (oldest event, top event types, recent body upload failures). Read-only; exit 1 with issues.
 */
public final class SyncDoctorCommand {
    private final ResolvedIdentity identity;
    private final GatherBoundaryFacts boundary;
    private final InspectQueues queues;

    @Inject
    public SyncDoctorCommand(ResolvedIdentity identity, GatherBoundaryFacts boundary, InspectQueues queues) {
        this.identity = identity;
        this.boundary = boundary;
        this.queues = queues;
    }

    public SyncDoctor run() {
        BoundaryFacts facts = boundary.gather(GatherBoundaryFacts.ALL);
        QueueInspection legacy = facts.legacyQueue().orElseThrow();
        QueueInspection active = facts.activeScopedQueue().orElse(legacy);
        return new SyncDoctor(identity, facts, BoundaryEvaluation.evaluate(facts), active, legacy,
                queues.diagnose(active.path()));
    }
}
