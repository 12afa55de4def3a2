package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.cleanup.ClearUnhealthyDaemon;
import dev.speckitty.sync.core.cleanup.DiscoverListeners;
import dev.speckitty.sync.core.cleanup.LiveOrphanScanner;
import dev.speckitty.sync.core.cleanup.PortRange;
import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.cleanup.SweepDaemons;
import dev.speckitty.sync.core.cleanup.SweepLiveOrphans;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;

/**
 * The live scan and the sweeps (cleanup.md §3, §8, §9) built from the daemon ports. Its own module so the daemon
 * wiring of other work can sit beside it without touching these bindings; the two cleanup ports the rest of the CLI
 * consumes are bound in {@link CleanupPortsModule}.
 */
@Module
public final class CleanupModule {

    private CleanupModule() {
    }

    /** {@code SPEC_KITTY_SYNC_PORT_RANGE}, read once per invocation; an invalid value is warned about once. */
    @Provides
    @InvocationScope
    static PortRange scanRange(Environment environment, OperatorLog log) {
        PortRange.Selection selection = PortRange.fromEnvironment(environment);
        selection.warning().ifPresent(log::warn);
        return selection.range();
    }

    @Provides
    static DiscoverListeners discoverListeners(ScanLoopbackPorts scanner, ListenerPids listenerPids,
                                               ProcessTable processTable, StateFiles stateFiles,
                                               OwnerRecords ownerRecords, CanonicalPaths canonicalPaths,
                                               PortRange scanRange) {
        return new DiscoverListeners(scanner, listenerPids, processTable, stateFiles, ownerRecords, canonicalPaths,
                scanRange);
    }

    /** A fresh scan on every call (auth doctor re-scans after its reset actions). */
    @Provides
    static LiveOrphanScanner liveOrphanScanner(DiscoverListeners discovery) {
        return new LiveOrphanScanner(discovery);
    }

    @Provides
    static SweepDaemons sweepDaemons(ProcessTable processTable, Signals signals, ProbeLoopback loopback,
                                     ControlDaemon control, OwnerRecords ownerRecords, Clock clock, OperatorLog log) {
        return new SweepDaemons(processTable, signals, loopback, control, ownerRecords, clock, log);
    }

    @Provides
    static SweepLiveOrphans sweepLiveOrphans(DiscoverListeners discovery, SweepDaemons sweeper, LockFiles locks) {
        return new SweepLiveOrphans(discovery, sweeper, locks);
    }

    @Provides
    static ClearUnhealthyDaemon clearUnhealthyDaemon(StateFiles stateFiles, OwnerRecords ownerRecords,
                                                     ProbeLoopback loopback, ProcessTable processTable,
                                                     Signals signals, LockFiles locks, Clock clock, OperatorLog log) {
        return new ClearUnhealthyDaemon(stateFiles, ownerRecords, loopback, processTable, signals, locks, clock, log);
    }
}
