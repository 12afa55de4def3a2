package dev.speckitty.sync.cli.boundary;

import dev.speckitty.sync.cli.files.GitHeadFile;
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.cli.wiring.WorkingDirectory;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import dev.speckitty.sync.core.boundary.CurrentMissionSlug;
import dev.speckitty.sync.core.boundary.DaemonFacts;
import dev.speckitty.sync.core.boundary.FailureCode;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.boundary.InspectDaemon;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
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
 * The one place that gathers the boundary facts of cli.md §3.1 for every command (status, doctor, gates), read-only:
 * the identity, the owner record (three-state, classified, with the listener of an orphan's port), the state file
 * with one health probe of the recorded singleton, the mismatches of daemon.md §9.4, and, only when a row-based
 * failure (4 or 5) is needed, the queue counts and the stranded mission.
 */
public final class BoundaryFactsGatherer implements GatherBoundaryFacts {

    private static final Set<FailureCode> ROW_FAILURES =
            EnumSet.of(FailureCode.LEGACY_ROWS_PENDING, FailureCode.QUEUE_DB_UNREADABLE);
    private static final Set<FailureCode> SCAN_FAILURES =
            EnumSet.of(FailureCode.LIVE_ORPHAN_DAEMONS, FailureCode.DAEMON_SCAN_FAILED);

    private final ResolvedIdentity identity;
    private final ForegroundIdentity foreground;
    private final Environment environment;
    private final Path root;
    private final Path workingDirectory;
    private final InspectQueues queues;
    private final InspectDaemon daemon;
    private final GitHeadFile gitHead;
    private final FindLiveOrphans liveScan;

    @Inject
    public BoundaryFactsGatherer(ResolvedIdentity identity, ForegroundIdentity foreground, Environment environment,
                                 @Root Path root, @WorkingDirectory Path workingDirectory, InspectQueues queues,
                                 InspectDaemon daemon, GitHeadFile gitHead, FindLiveOrphans liveScan) {
        this.identity = identity;
        this.foreground = foreground;
        this.environment = environment;
        this.root = root;
        this.workingDirectory = workingDirectory;
        this.queues = queues;
        this.daemon = daemon;
        this.gitHead = gitHead;
        this.liveScan = liveScan;
    }

    @Override
    public BoundaryFacts gather(Set<FailureCode> needed) {
        boolean countRows = needed.stream().anyMatch(ROW_FAILURES::contains);
        QueuePaths paths = identity.queuePaths();
        Optional<QueueInspection> legacy = countRows ? Optional.of(queues.inspect(paths.legacy())) : Optional.empty();
        Optional<QueueInspection> scoped = countRows ? paths.scoped().map(queues::inspect) : Optional.empty();
        DaemonFacts daemonSide = daemon.inspect(root, foreground);
        BoundaryFacts facts = new BoundaryFacts(root, environment.saasSyncEnabled(), foreground,
                identity.authenticated(), daemonSide.ownerRecord(), daemonSide.mismatches(),
                daemonSide.recordedDaemon(), legacy, scoped, legacy.flatMap(this::strandedMission), List.of(),
                Optional.empty());
        return needed.stream().anyMatch(SCAN_FAILURES::contains) ? withLiveScan(facts) : facts;
    }

    /** Failures 7 and 8 (cli.md §3.3): the live scan of cleanup.md §3, run once per invocation. */
    private BoundaryFacts withLiveScan(BoundaryFacts facts) {
        FindLiveOrphans.LiveOrphanScan scan = liveScan.scan(root);
        return facts.withLiveScan(scan.orphans().stream().map(IdentityRecord::port).toList(), scan.diagnostic());
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
