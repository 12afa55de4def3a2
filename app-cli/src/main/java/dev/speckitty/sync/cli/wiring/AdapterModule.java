package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.fs.FsAdapters;
import dev.speckitty.sync.fs.daemon.DaemonFiles;
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
    static OwnerRecords ownerRecords(LockFiles locks) {
        return DaemonFiles.ownerRecords(locks);
    }

    @Provides
    static StateFiles stateFiles() {
        return DaemonFiles.stateFiles();
    }

    @Provides
    static ProcessTable processTable() {
        return ProcessAdapters.processTable();
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
}
