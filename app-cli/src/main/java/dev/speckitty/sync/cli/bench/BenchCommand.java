package dev.speckitty.sync.cli.bench;

import dev.speckitty.sync.cli.command.SyncStatus;
import dev.speckitty.sync.cli.wiring.CliComponent;
import dev.speckitty.sync.cli.wiring.Commands;
import dev.speckitty.sync.cli.wiring.InvocationContext;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.ActiveQueue;
import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.MigrationCheckpoints;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.NoActiveScopeException;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.fs.FsAdapters;
import dev.speckitty.sync.sqlite.SqliteAdapters;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * {@code spec-kitty bench}: measures, through the real adapters and ports, the legacy → scoped migration (the
 * contract's batches against one-row batches on identical copies, then a rerun on the finished state),
 * {@code default_queue_db_path()} without a legacy queue against a bare existence check, and {@code sync status}
 * on the migrated root. Everything happens under its own temporary directory, deleted afterwards; the root of
 * the invocation is never used. It verifies what it measured (every row moved, no-op reruns) and fails
 * otherwise; it never judges a timing.
 */
public final class BenchCommand {

    private static final BatchLimits ONE_ROW = new BatchLimits(1, BatchLimits.DEFAULT.maxBytes());
    /** Unmeasured warm-up migrations use at most this many events, so the JIT has seen the migration code. */
    private static final int WARM_UP_EVENTS = 1_000;
    private static final int RERUNS = 5;
    private static final int LOCATOR_ROUNDS = 5;
    private static final int STATUS_WARM_UPS = 2;
    private static final int STATUS_RUNS = 11;

    private final Clock clock;
    private final Installation installation;
    private final OperatorLog log;
    private final OpenLegacyQueue legacyQueues = SqliteAdapters.legacyQueues();
    private final OpenScopedQueue scopedQueues = SqliteAdapters.scopedQueues();
    private final InspectQueues inspection = SqliteAdapters.inspectQueues();
    private final LockFiles locks;

    /**
     * @param clock        the invocation's clock: lock waits and the migration's timestamps (timings use
     *                     {@link System#nanoTime()} directly, whatever clock is bound)
     * @param installation this program, for the {@code sync status} invocations the bench builds
     * @param log          progress lines and any warning of the measured code
     */
    @Inject
    public BenchCommand(Clock clock, Installation installation, OperatorLog log) {
        this.clock = clock;
        this.installation = installation;
        this.log = log;
        this.locks = FsAdapters.lockFiles(clock);
    }

    /** Runs every measurement under {@code java.io.tmpdir}. */
    public BenchReport run(int events) {
        return run(events, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * Runs every measurement with {@code events} legacy events and a quarter as many body uploads, in a new
     * directory of {@code parent} that is deleted afterwards.
     */
    public BenchReport run(int events, Path parent) {
        if (events < 1) {
            throw new IllegalArgumentException("a bench migrates at least one event");
        }
        long start = System.nanoTime();
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int uploads = events / 4;
        try (BenchWorkspace workspace = BenchWorkspace.create(parent)) {
            log.info("bench: working under " + workspace.directory() + " (deleted afterwards)");
            Path seeds = workspace.newDirectory("seed");
            Path seed = seed(seeds.resolve("legacy-seed.sqlite"), events, uploads);
            int warmUpEvents = Math.min(events, WARM_UP_EVENTS);
            Path warmUpSeed = seed(seeds.resolve("warm-up-seed.sqlite"), warmUpEvents, warmUpEvents / 4);
            migrate(workspace, "warm-up-batched", warmUpSeed, BatchLimits.DEFAULT);
            migrate(workspace, "warm-up-per-row", warmUpSeed, ONE_ROW);

            log.info("bench: migrating " + (events + uploads) + " legacy rows, batched then one row per batch");
            BenchReport.MigrationRun batched = migrate(workspace, "batched", seed, BatchLimits.DEFAULT);
            BenchReport.MigrationRun perRow = migrate(workspace, "per-row", seed, ONE_ROW);
            Path migratedRoot = workspace.directory().resolve("batched");
            BenchReport.Rerun rerun = rerun(migratedRoot);

            log.info("bench: default_queue_db_path() and sync status");
            BenchReport.LocatorCost locator = locatorCost(workspace, callsPerRound(events));
            BenchReport.StatusCost status = statusCost(workspace, migratedRoot, events + (long) uploads);
            return new BenchReport(machine(workspace.directory(), loadAverage), events, uploads, batched, perRow,
                    rerun, locator, status, (System.nanoTime() - start) / 1e9);
        }
    }

    private Path seed(Path file, int events, int uploads) {
        try {
            SyntheticLegacyQueue.write(scopedQueues, file, events, uploads);
        } catch (QueueStoreException e) {
            throw new IllegalStateException("cannot write the synthetic legacy queue " + file + ": "
                    + e.getMessage(), e);
        }
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        if (Files.exists(wal, LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalStateException(wal + " is still there after close: a copy of the seed would lose rows");
        }
        return file;
    }

    /** Copies the seed to {@code <new root>/queue.db} and migrates it into the root's empty scoped queue. */
    private BenchReport.MigrationRun migrate(BenchWorkspace workspace, String name, Path seed, BatchLimits limits) {
        Path root = workspace.newAuthenticatedRoot(name);
        Path legacy = BenchWorkspace.legacyQueue(root);
        Path scoped = BenchWorkspace.scopedQueue(root);
        BenchWorkspace.copy(seed, legacy);
        long before = rows(legacy);
        CountingOperatorLog quiet = new CountingOperatorLog();
        MigrateLegacyQueue migration = migration(quiet, limits);
        HeapProbe heap = new HeapProbe();
        heap.start();
        long started = System.nanoTime();
        MigrationReport report = migrate(migration, root, scoped);
        long nanos = System.nanoTime() - started;
        HeapUse heapUse = heap.stop();
        quiet.relayProblems(log);
        BenchReport.MigrationRun run = new BenchReport.MigrationRun(limits.maxRows(), limits.maxBytes(), before,
                report.migrated() + report.quarantined(), report.quarantined(), rows(scoped), rows(legacy),
                quiet.infoLines(), nanos, heapUse);
        if (!run.complete()) {
            throw new IllegalStateException("the " + name + " migration did not move every row: " + run);
        }
        return run;
    }

    /** The finished batched migration run again: it must move nothing. */
    private BenchReport.Rerun rerun(Path root) {
        CountingOperatorLog quiet = new CountingOperatorLog();
        MigrateLegacyQueue migration = migration(quiet, BatchLimits.DEFAULT);
        Path scoped = BenchWorkspace.scopedQueue(root);
        double[] millis = new double[RERUNS];
        long moved = 0;
        for (int i = 0; i < RERUNS; i++) {
            long started = System.nanoTime();
            MigrationReport report = migrate(migration, root, scoped);
            millis[i] = (System.nanoTime() - started) / 1e6;
            moved += report.migrated() + report.quarantined();
        }
        quiet.relayProblems(log);
        if (moved != 0) {
            throw new IllegalStateException("a rerun on the finished migration moved " + moved + " row(s)");
        }
        return new BenchReport.Rerun(RERUNS, median(millis), moved);
    }

    /**
     * {@code default_queue_db_path()} on an authenticated root without {@code queue.db} (on-disk.md §7.1 step 2:
     * one stat) against {@code Files.exists(path, NOFOLLOW_LINKS)} on the same path, alternating rounds after
     * one unmeasured round of each.
     */
    private BenchReport.LocatorCost locatorCost(BenchWorkspace workspace, int calls) {
        Path root = workspace.newAuthenticatedRoot("absent-legacy");
        CountingOperatorLog quiet = new CountingOperatorLog();
        ResolvedIdentity identity = new IdentityResolver(FsAdapters.identityInputs(), clock,
                workspace.environmentFor(root)).resolve(root);
        Path scoped = BenchWorkspace.scopedQueue(root);
        if (!identity.queuePaths().scoped().equals(Optional.of(scoped))) {
            throw new IllegalStateException("the bench credentials did not resolve to the bench identity");
        }
        QueueLocator locator = new QueueLocator(legacyQueues, migration(quiet, BatchLimits.DEFAULT), quiet);
        Path legacy = BenchWorkspace.legacyQueue(root);
        locatorRound(locator, identity, scoped, calls);
        existsRound(legacy, calls);
        double[] locatorNanos = new double[LOCATOR_ROUNDS];
        double[] existsNanos = new double[LOCATOR_ROUNDS];
        for (int round = 0; round < LOCATOR_ROUNDS; round++) {
            locatorNanos[round] = locatorRound(locator, identity, scoped, calls);
            existsNanos[round] = existsRound(legacy, calls);
        }
        quiet.relayProblems(log);
        return new BenchReport.LocatorCost(calls, LOCATOR_ROUNDS, median(locatorNanos), median(existsNanos));
    }

    /** Nanoseconds per call; every call must answer the scoped queue without migrating. */
    private static double locatorRound(QueueLocator locator, ResolvedIdentity identity, Path scoped, int calls) {
        long started = System.nanoTime();
        long wrong = 0;
        for (int i = 0; i < calls; i++) {
            ActiveQueue active = defaultQueueDbPath(locator, identity);
            if (active.migration().isPresent() || !active.path().equals(scoped)) {
                wrong++;
            }
        }
        long nanos = System.nanoTime() - started;
        if (wrong != 0) {
            throw new IllegalStateException(wrong + " default_queue_db_path() call(s) migrated or answered another"
                    + " queue");
        }
        return (double) nanos / calls;
    }

    /** Nanoseconds per bare existence check; the file must stay absent. */
    private static double existsRound(Path legacy, int calls) {
        long started = System.nanoTime();
        long present = 0;
        for (int i = 0; i < calls; i++) {
            if (Files.exists(legacy, LinkOption.NOFOLLOW_LINKS)) {
                present++;
            }
        }
        long nanos = System.nanoTime() - started;
        if (present != 0) {
            throw new IllegalStateException(legacy + " appeared during the bench");
        }
        return (double) nanos / calls;
    }

    /**
     * {@code sync status} as {@code SpecKittyCli} runs it in-process: a new production component per invocation,
     * the root safety check, then the status command (identity resolution, fact gathering, evaluation); not
     * timed: JVM start, argument parsing and rendering.
     */
    private BenchReport.StatusCost statusCost(BenchWorkspace workspace, Path root, long expectedRows) {
        CountingOperatorLog quiet = new CountingOperatorLog();
        InvocationContext context = new InvocationContext(workspace.environmentFor(root), workspace.directory(),
                root, quiet, installation);
        double[] millis = new double[STATUS_RUNS];
        long activeRows = 0;
        for (int i = 0; i < STATUS_WARM_UPS + STATUS_RUNS; i++) {
            long started = System.nanoTime();
            Commands commands = CliComponent.create(context);
            Optional<RootRefusal> refusal = commands.rootSafety().inspect(root);
            SyncStatus status = commands.syncStatus().run(false);
            long nanos = System.nanoTime() - started;
            if (refusal.isPresent()) {
                throw new IllegalStateException("the bench root was refused: " + refusal.get().message());
            }
            activeRows = status.activeQueue().rowsInScope();
            if (!status.identity().authenticated() || activeRows != expectedRows) {
                throw new IllegalStateException("sync status on the bench root saw " + activeRows + " row(s) in "
                        + status.activeQueue().path() + ", expected " + expectedRows);
            }
            if (i >= STATUS_WARM_UPS) {
                millis[i - STATUS_WARM_UPS] = nanos / 1e6;
            }
        }
        quiet.relayProblems(log);
        return new BenchReport.StatusCost(STATUS_RUNS, median(millis), activeRows);
    }

    private MigrateLegacyQueue migration(OperatorLog quiet, BatchLimits limits) {
        return new LegacyQueueMigration(legacyQueues, scopedQueues, locks, clock, quiet, limits,
                MigrationCheckpoints.NONE);
    }

    private static MigrationReport migrate(MigrateLegacyQueue migration, Path root, Path scoped) {
        try {
            return migration.migrate(root, scoped);
        } catch (LockUnavailableException | MigrationFailedException e) {
            throw new IllegalStateException("bench migration under " + root + " failed: " + e.getMessage(), e);
        }
    }

    private static ActiveQueue defaultQueueDbPath(QueueLocator locator, ResolvedIdentity identity) {
        try {
            return locator.defaultQueueDbPath(identity);
        } catch (NoActiveScopeException | MigrationFailedException e) {
            throw new IllegalStateException("default_queue_db_path() failed on the bench root: " + e.getMessage(), e);
        }
    }

    /** Events + body uploads + failure-log rows of a queue file, read through the inspection port. */
    private long rows(Path database) {
        QueueInspection inspected = inspection.inspect(database);
        if (!inspected.exists() || !inspected.readable()) {
            throw new IllegalStateException("cannot count the rows of " + database + ": "
                    + (inspected.exists() ? inspected.unreadableReason() : "no such file"));
        }
        return inspected.rowsInScope();
    }

    /** Ten calls per event, between 1,000 and 200,000 per round: long enough to time, short for tiny runs. */
    static int callsPerRound(int events) {
        return (int) Math.max(1_000, Math.min(200_000, events * 10L));
    }

    private static BenchReport.Machine machine(Path directory, double loadAverage) {
        String store;
        try {
            store = Files.getFileStore(directory).type();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the file store of " + directory, e);
        }
        Runtime runtime = Runtime.getRuntime();
        return new BenchReport.Machine(System.getProperty("java.version"), System.getProperty("java.vm.name"),
                runtime.availableProcessors(), runtime.maxMemory(), store, loadAverage);
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
