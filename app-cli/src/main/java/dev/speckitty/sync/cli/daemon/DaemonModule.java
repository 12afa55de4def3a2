package dev.speckitty.sync.cli.daemon;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.control.ServeControlPlane;
import dev.speckitty.sync.core.daemon.run.DaemonPorts;
import dev.speckitty.sync.core.daemon.run.ReceiveControlToken;
import dev.speckitty.sync.core.daemon.run.SyncDaemon;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.uplink.Uplink;
import dev.speckitty.sync.process.control.ControlPlanes;
import dev.speckitty.sync.process.uplink.Uplinks;

/**
 * The daemon process's own bindings: its context, the control-plane server, the uplink, stdin, and the daemon use
 * case. The file, queue and process adapters come from the shared {@code AdapterModule}.
 */
@Module
public final class DaemonModule {

    private DaemonModule() {
    }

    @Provides
    static Environment environment(DaemonContext context) {
        return context.environment();
    }

    @Provides
    static OperatorLog log(DaemonContext context) {
        return context.log();
    }

    @Provides
    static ServeControlPlane controlPlane() {
        return ControlPlanes.loopbackHttp();
    }

    @Provides
    static Uplink uplink() {
        return Uplinks.disabled();
    }

    @Provides
    static ReceiveControlToken controlToken(DaemonContext context, Clock clock) {
        return new StdinControlToken(context.stdin(), clock);
    }


    @Provides
    static DaemonPorts ports(ReceiveControlToken controlToken, ServeControlPlane controlPlane, OwnerRecords ownerRecords,
                             StateFiles stateFiles, ProcessTable processes, CanonicalizePath canonicalPaths,
                             InspectRootSafety rootSafety, QueueLocator queueLocator, InspectQueues queues,
                             Uplink uplink, Clock clock, OperatorLog log) {
        return new DaemonPorts(controlToken, controlPlane, ownerRecords, stateFiles, processes, canonicalPaths,
                rootSafety, queueLocator, queues, uplink, clock, log);
    }

    /** The same resolver every command uses, over the daemon's own environment (daemon.md §2). */
    @Provides
    static SyncDaemon syncDaemon(DaemonPorts ports, ReadIdentityInputs inputs, Clock clock, DaemonContext context) {
        return new SyncDaemon(ports, new IdentityResolver(inputs, clock, context.environment()), context.root(),
                context.pid(), context.installation(), context.environment());
    }
}
