package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.fs.FsAdapters;
import dev.speckitty.sync.fs.daemon.DaemonFiles;
import dev.speckitty.sync.process.ProcessAdapters;
import dev.speckitty.sync.sqlite.SqliteAdapters;

/**
 * Every binding of a port whose adapter lives in another module (adapters-fs, adapters-sqlite): the one place
 * that chooses the real adapters. Tests replace this module with hand-made fakes.
 */
@Module
public final class AdapterModule {

    private AdapterModule() {
    }

    @Provides
    static Clock clock() {
        return SystemClock.INSTANCE;
    }

    @Provides
    static ReadIdentityInputs identityInputs() {
        return FsAdapters.identityInputs();
    }

    @Provides
    static ResolveIdentity resolveIdentity(ReadIdentityInputs inputs, Clock clock) {
        return (root, environment) -> new IdentityResolver(inputs, clock, environment).resolve(root);
    }

    @Provides
    static InspectRootSafety rootSafety() {
        return FsAdapters.rootSafety();
    }

    @Provides
    static LockFiles lockFiles(Clock clock) {
        return FsAdapters.lockFiles(clock);
    }

    @Provides
    static OpenLegacyQueue legacyQueues() {
        return SqliteAdapters.legacyQueues();
    }

    @Provides
    static OpenScopedQueue scopedQueues() {
        return SqliteAdapters.scopedQueues();
    }

    @Provides
    static InspectQueues inspectQueues() {
        return SqliteAdapters.inspectQueues();
    }

    @Provides
    static MigrateLegacyQueue migrateLegacyQueue(OpenLegacyQueue legacy, OpenScopedQueue scoped, LockFiles locks,
                                                 Clock clock, OperatorLog log) {
        return new LegacyQueueMigration(legacy, scoped, locks, clock, log);
    }

    /** {@code default_queue_db_path()} (on-disk.md §7.1): the one accessor of every queue writer. */
    @Provides
    static QueueLocator queueLocator(OpenLegacyQueue legacy, MigrateLegacyQueue migration, OperatorLog log) {
        return new QueueLocator(legacy, migration, log);
    }

    // ---- the daemon: its files under the root, processes and loopback control (daemon.md) ----

    @Provides
    static StateFiles stateFiles() {
        return DaemonFiles.stateFiles();
    }

    @Provides
    static OwnerRecords ownerRecords(LockFiles locks) {
        return DaemonFiles.ownerRecords(locks);
    }

    @Provides
    static CheckExecutable checkExecutable() {
        return DaemonFiles.checkExecutable();
    }

    @Provides
    static CanonicalPaths canonicalPaths() {
        return DaemonFiles.canonicalPaths();
    }

    @Provides
    static ProcessTable processTable() {
        return ProcessAdapters.processTable();
    }

    @Provides
    static ListenerPids listenerPids() {
        return ProcessAdapters.listenerPids();
    }

    @Provides
    static ProbeLoopback probeLoopback() {
        return ProcessAdapters.probeLoopback();
    }

    @Provides
    static Signals signals() {
        return ProcessAdapters.signals();
    }

    @Provides
    static ControlDaemon controlDaemon() {
        return ProcessAdapters.controlDaemon();
    }

    @Provides
    static TryBindLoopback tryBindLoopback() {
        return ProcessAdapters.tryBindLoopback();
    }

    /** The startup reaper (cleanup.md §9); the placeholder until the cleanup adapters are merged. */
    @Provides
    static ReapStaleDaemons reapStaleDaemons() {
        return new PlaceholderReapStaleDaemons();
    }

    /** The live orphan scan (cleanup.md §3); the placeholder until the cleanup adapters are merged. */
    @Provides
    static FindLiveOrphans findLiveOrphans() {
        return new PlaceholderFindLiveOrphans();
    }
}
