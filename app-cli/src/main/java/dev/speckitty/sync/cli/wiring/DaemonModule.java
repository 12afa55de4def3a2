package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.boundary.InspectDaemon;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ClassifyOwnerRecord;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.daemon.lifecycle.DaemonContext;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureDaemon;
import dev.speckitty.sync.core.daemon.lifecycle.RestartDaemon;
import dev.speckitty.sync.core.daemon.lifecycle.RetireOrphanRecord;
import dev.speckitty.sync.core.daemon.lifecycle.StopDaemon;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import java.nio.file.Path;

/**
 * The daemon use cases of the foreground (daemon.md §3, §12; cli.md §8–§11), built from whatever adapters the
 * component binds. One {@link DaemonContext} per invocation, so a warning is printed at most once however many
 * procedures run.
 */
@Module
public final class DaemonModule {

    private DaemonModule() {
    }

    @Provides
    static ForegroundIdentity foregroundIdentity(Installation installation, ResolvedIdentity identity) {
        return ForegroundIdentity.of(installation, identity);
    }

    @Provides
    @InvocationScope
    static DaemonContext daemonContext(@Root Path root, CanonicalPaths paths, Clock clock, OperatorLog log,
                                       LockFiles locks, StateFiles stateFiles, OwnerRecords ownerRecords,
                                       ProcessTable processTable, ListenerPids listenerPids, ProbeLoopback probe,
                                       Signals signals, ControlDaemon control, CheckExecutable checkExecutable) {
        return new DaemonContext(root, paths.canonical(root.toString()), clock, log, locks, stateFiles, ownerRecords,
                processTable, listenerPids, probe, signals, control, checkExecutable);
    }

    @Provides
    static StopDaemon stopDaemon(DaemonContext context) {
        return new StopDaemon(context);
    }

    @Provides
    static EnsureDaemon ensureDaemon(DaemonContext context, StopDaemon stop, ReapStaleDaemons reaper,
                                     LaunchDaemon launcher, TryBindLoopback binder, CanonicalPaths paths) {
        return new EnsureDaemon(context, stop, reaper, launcher, binder, paths);
    }

    @Provides
    static RestartDaemon restartDaemon(DaemonContext context, StopDaemon stop, EnsureDaemon ensure) {
        return new RestartDaemon(context, stop, ensure);
    }

    @Provides
    static RetireOrphanRecord retireOrphanRecord(DaemonContext context) {
        return new RetireOrphanRecord(context);
    }

    @Provides
    static InspectDaemon inspectDaemon(OwnerRecords ownerRecords, ProcessTable processTable,
                                       CheckExecutable checkExecutable, ListenerPids listenerPids,
                                       StateFiles stateFiles, ProbeLoopback probe, CanonicalPaths paths) {
        return new InspectDaemon(ownerRecords, new ClassifyOwnerRecord(processTable, checkExecutable), listenerPids,
                stateFiles, probe, paths);
    }
}
