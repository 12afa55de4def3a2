package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.files.GitHeadFile;
import dev.speckitty.sync.cli.files.ScopeMarkerFile;
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.cli.wiring.WorkingDirectory;
import dev.speckitty.sync.core.boundary.BoundaryEvaluation;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.CurrentMissionSlug;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QueueInspection;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code spec-kitty sync status}: gathers the facts of cli.md §3.1 read-only and evaluates the failure set. It
 * never migrates, never starts or stops a daemon and makes no network call. Daemon facts (owner record, state
 * file, live scan) are reported absent until the daemon adapters exist.
 */
public final class SyncStatusCommand {

    /** {@code <R>/sync/daemon/owner.json} (on-disk.md §8.4). */
    static Path ownerRecordPath(Path root) {
        return root.resolve("sync").resolve("daemon").resolve("owner.json");
    }

    private final ResolvedIdentity identity;
    private final Installation installation;
    private final Environment environment;
    private final Path root;
    private final Path workingDirectory;
    private final InspectQueues queues;
    private final GitHeadFile gitHead;
    private final ScopeMarkerFile scopeMarker;

    @Inject
    public SyncStatusCommand(ResolvedIdentity identity, Installation installation, Environment environment,
                             @Root Path root, @WorkingDirectory Path workingDirectory, InspectQueues queues,
                             GitHeadFile gitHead, ScopeMarkerFile scopeMarker) {
        this.identity = identity;
        this.installation = installation;
        this.environment = environment;
        this.root = root;
        this.workingDirectory = workingDirectory;
        this.queues = queues;
        this.gitHead = gitHead;
        this.scopeMarker = scopeMarker;
    }

    public SyncStatus run(boolean check) {
        QueuePaths paths = identity.queuePaths();
        QueueInspection legacy = queues.inspect(paths.legacy());
        Optional<QueueInspection> scoped = paths.scoped().map(queues::inspect);
        BoundaryFacts facts = BoundaryFacts.withoutDaemon(root, environment.saasSyncEnabled(),
                ForegroundIdentity.of(installation, identity), identity.authenticated(), ownerRecordPath(root),
                Optional.of(legacy), scoped, strandedMission(legacy));
        return new SyncStatus(check, identity, facts, BoundaryEvaluation.evaluate(facts),
                scopeMarker.state(root, identity.scope()), scoped.orElse(legacy), legacy);
    }

    /** §3.2: computed only when authenticated; stranded iff the legacy body queue holds the current slug. */
    private Optional<String> strandedMission(QueueInspection legacy) {
        if (!identity.authenticated() || !legacy.exists() || !legacy.readable()) {
            return Optional.empty();
        }
        return CurrentMissionSlug.of(workingDirectory, () -> gitHead.nearestHead(workingDirectory))
                .filter(slug -> queues.hasBodyUploadsForMission(legacy.path(), slug));
    }
}
