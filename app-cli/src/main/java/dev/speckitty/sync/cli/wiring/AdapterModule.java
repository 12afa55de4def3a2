package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import dev.speckitty.sync.fs.FsAdapters;
import dev.speckitty.sync.fs.daemon.DaemonFiles;
import dev.speckitty.sync.fs.project.ProjectFiles;
import dev.speckitty.sync.process.ProcessAdapters;
import dev.speckitty.sync.sqlite.SqliteAdapters;

/**
 * Every binding of a port whose adapter lives in another module (adapters-fs, adapters-sqlite, adapters-process):
 * the one place that chooses the real adapters. Tests replace this module with hand-made fakes; the daemon process
 * ({@code cli.daemon.DaemonComponent}) uses it too.
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
    static CanonicalizePath canonicalizePath() {
        return FsAdapters.canonicalizePath();
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

    @Provides
    static EnqueueToQueue enqueueToQueue() {
        return SqliteAdapters.enqueueToQueue();
    }

    // ---- agent mission setup-plan: project files and the Lamport clock (cli.md §14, on-disk.md §9–§10) ----

    @Provides
    static LocateMission locateMission() {
        return ProjectFiles.locateMission();
    }

    @Provides
    static ReadProjectInputs readProjectInputs(OperatorLog log) {
        return ProjectFiles.readProjectInputs(log);
    }

    @Provides
    static WritePlanScaffold writePlanScaffold() {
        return ProjectFiles.writePlanScaffold();
    }

    @Provides
    static LifecycleEventLog lifecycleEventLog(Clock clock) {
        return ProjectFiles.lifecycleEventLog(clock);
    }

    @Provides
    static ListMissionArtifacts listMissionArtifacts() {
        return ProjectFiles.listMissionArtifacts();
    }

    @Provides
    static LamportClock lamportClock(LockFiles locks, Clock clock, Environment environment) {
        return ProjectFiles.lamportClock(locks, clock, environment);
    }

    // The daemon ports (adapters-process, adapters-fs daemon package), used by the live scan and the sweeps.

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
    static ScanLoopbackPorts scanLoopbackPorts() {
        return ProcessAdapters.scanLoopbackPorts();
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
    static StateFiles stateFiles() {
        return DaemonFiles.stateFiles();
    }

    @Provides
    static OwnerRecords ownerRecords(LockFiles locks) {
        return DaemonFiles.ownerRecords(locks);
    }

    @Provides
    static CanonicalPaths canonicalPaths() {
        return DaemonFiles.canonicalPaths();
    }

    @Provides
    static CheckExecutable checkExecutable() {
        return DaemonFiles.checkExecutable();
    }

    @Provides
    static TryBindLoopback tryBindLoopback() {
        return ProcessAdapters.tryBindLoopback();
    }
}
