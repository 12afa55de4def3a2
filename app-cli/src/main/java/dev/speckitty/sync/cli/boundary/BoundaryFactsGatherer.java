package dev.speckitty.sync.cli.boundary;

import dev.speckitty.sync.cli.files.GitHeadFile;
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.cli.wiring.WorkingDirectory;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.CurrentMissionSlug;
import dev.speckitty.sync.core.boundary.FailureCode;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QueueInspection;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one place that gathers the boundary facts of cli.md §3.1 for every command (status, doctor, gates).
 * Queue rows are counted only when a row-based failure (4 or 5) is needed.
 */
public final class BoundaryFactsGatherer implements GatherBoundaryFacts {

    private static final Set<FailureCode> ROW_FAILURES =
            EnumSet.of(FailureCode.LEGACY_ROWS_PENDING, FailureCode.QUEUE_DB_UNREADABLE);

    /** {@code <R>/sync/daemon/owner.json} (on-disk.md §8.4). */
    public static Path ownerRecordPath(Path root) {
        return root.resolve("sync").resolve("daemon").resolve("owner.json");
    }

    private final ResolvedIdentity identity;
    private final Installation installation;
    private final Environment environment;
    private final Path root;
    private final Path workingDirectory;
    private final InspectQueues queues;
    private final GitHeadFile gitHead;

    @Inject
    public BoundaryFactsGatherer(ResolvedIdentity identity, Installation installation, Environment environment,
                                 @Root Path root, @WorkingDirectory Path workingDirectory, InspectQueues queues,
                                 GitHeadFile gitHead) {
        this.identity = identity;
        this.installation = installation;
        this.environment = environment;
        this.root = root;
        this.workingDirectory = workingDirectory;
        this.queues = queues;
        this.gitHead = gitHead;
    }

    @Override
    public BoundaryFacts gather(Set<FailureCode> needed) {
        boolean countRows = needed.stream().anyMatch(ROW_FAILURES::contains);
        QueuePaths paths = identity.queuePaths();
        Optional<QueueInspection> legacy = countRows ? Optional.of(queues.inspect(paths.legacy())) : Optional.empty();
        Optional<QueueInspection> scoped = countRows ? paths.scoped().map(queues::inspect) : Optional.empty();
        return new BoundaryFacts(root, environment.saasSyncEnabled(), ForegroundIdentity.of(installation, identity),
                identity.authenticated(), OwnerRecordFacts.absent(ownerRecordPath(root)), List.of(), Optional.empty(),
                legacy, scoped, legacy.flatMap(this::strandedMission), List.of(), Optional.empty());
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
