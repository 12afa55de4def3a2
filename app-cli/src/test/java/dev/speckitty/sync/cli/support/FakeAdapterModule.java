package dev.speckitty.sync.cli.support;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.cli.wiring.CleanupPortsModule;
import dev.speckitty.sync.cli.wiring.InvocationScope;
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.LiveOrphanScanner;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.FakeListenerPids;
import dev.speckitty.sync.core.testing.FakeProbeLoopback;
import dev.speckitty.sync.core.testing.InMemoryLamportClock;
import dev.speckitty.sync.core.testing.InMemoryLifecycleEventLog;
import dev.speckitty.sync.core.testing.InMemoryListMissionArtifacts;
import dev.speckitty.sync.core.testing.InMemoryLocateMission;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.InMemoryReadProjectInputs;
import dev.speckitty.sync.core.testing.InMemoryWritePlanScaffold;
import dev.speckitty.sync.core.testing.SequentialScanLoopbackPorts;
import dev.speckitty.sync.core.testing.SetupPlanProjectTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The test twin of AdapterModule, LaunchDaemonModule and CleanupPortsModule: the same bindings, answered by hand-made
 * fakes. The daemon ports are the core test-jar's {@link DaemonWorld} of the invocation's root (simulated daemons,
 * state file, owner records, processes, signals), unless a test places listeners itself: then loopback and listener
 * pids answer from {@link FakeProbeLoopback} and {@link FakeListenerPids}. The cleanup sweeps stay real
 * (CleanupModule); the startup reaper is a recording fake and the reports' live scan is the real one unless a test
 * gives its result.
 */
@Module
public final class FakeAdapterModule {
    final FakeInspectQueues queues = new FakeInspectQueues();
    final FakeMigrateLegacyQueue migration = new FakeMigrateLegacyQueue();
    Function<Path, ResolvedIdentity> identity = Identities::unauthenticated;
    Function<Path, Optional<RootRefusal>> rootSafety = root -> Optional.empty();
    int identityResolutions;

    // setup-plan: an in-memory project tree, scoped queues, locks and clocks (the core test-jar fakes)
    final SetupPlanProjectTree projectTree = new SetupPlanProjectTree();
    final Map<Path, ProjectConfig> projectConfigs = new HashMap<>();
    final InMemoryQueueDatabases queueDatabases = new InMemoryQueueDatabases();
    private final InMemoryLamportClock.Values lamport = new InMemoryLamportClock.Values();
    private final InMemoryLifecycleEventLog lifecycleLog = new InMemoryLifecycleEventLog(projectTree);

    // the daemon side, on one fake clock: nothing runs, listens or is recorded unless a test says so
    final FakeClock clock;
    final InMemoryLockFiles locks;
    private DaemonWorld daemonWorld;
    private HandSetListeners handSetListeners;
    final List<Path> reaps = new ArrayList<>();
    SweepResult reapResult = SweepResult.EMPTY;
    /** The reports' live scan a test dictates; {@code null}: the real scan over the fakes. */
    FindLiveOrphans.LiveOrphanScan liveOrphans;

    FakeAdapterModule(FakeClock clock) {
        this.clock = clock;
        this.locks = new InMemoryLockFiles(clock);
    }

    /** Listeners placed by a test itself: a pid on a port and the health answer of that port. */
    record HandSetListeners(FakeProbeLoopback loopback, FakeListenerPids listenerPids) {
    }

    @Provides
    ResolveIdentity resolveIdentity() {
        return (root, environment) -> {
            identityResolutions++;
            return identity.apply(root);
        };
    }

    @Provides
    InspectRootSafety checkRootSafety() {
        return root -> rootSafety.apply(root);
    }

    @Provides
    InspectQueues inspectQueues() {
        return queues;
    }

    @Provides
    MigrateLegacyQueue migrateLegacyQueue() {
        return migration;
    }

    /** The simulated daemon world of {@code root}, created on first use. */
    DaemonWorld daemonWorld(Path root) {
        if (daemonWorld == null) {
            daemonWorld = new DaemonWorld(root, clock, locks);
        }
        return daemonWorld;
    }

    /** From the first call on, loopback and listener pids answer from these fakes instead of simulated daemons. */
    HandSetListeners handSetListeners() {
        if (handSetListeners == null) {
            handSetListeners = new HandSetListeners(new FakeProbeLoopback(), new FakeListenerPids());
        }
        return handSetListeners;
    }

    @Provides
    Clock clock() {
        return clock;
    }

    @Provides
    QueueLocator queueLocator(OperatorLog log) {
        return new QueueLocator(queueDatabases, migration, log);
    }

    @Provides
    OpenScopedQueue scopedQueues() {
        return queueDatabases;
    }

    @Provides
    EnqueueToQueue enqueueToQueue() {
        return queueDatabases;
    }

    @Provides
    LocateMission locateMission() {
        return new InMemoryLocateMission(projectTree);
    }

    @Provides
    ReadProjectInputs readProjectInputs(OperatorLog log) {
        InMemoryReadProjectInputs inputs = new InMemoryReadProjectInputs(log);
        projectConfigs.forEach(inputs::givenProjectConfig);
        return inputs;
    }

    @Provides
    WritePlanScaffold writePlanScaffold() {
        return new InMemoryWritePlanScaffold(projectTree);
    }

    @Provides
    LifecycleEventLog lifecycleEventLog() {
        return lifecycleLog;
    }

    @Provides
    ListMissionArtifacts listMissionArtifacts() {
        return new InMemoryListMissionArtifacts(projectTree);
    }

    @Provides
    LamportClock lamportClock() {
        return new InMemoryLamportClock(lamport, locks, "abcdefabcdef");
    }

    @Provides
    LockFiles lockFiles() {
        return locks;
    }

    @Provides
    StateFiles stateFiles(@Root Path root) {
        return daemonWorld(root).stateFiles;
    }

    @Provides
    OwnerRecords ownerRecords(@Root Path root) {
        return daemonWorld(root).ownerRecords;
    }

    @Provides
    CheckExecutable checkExecutable(@Root Path root) {
        return daemonWorld(root).executables;
    }

    @Provides
    CanonicalPaths canonicalPaths(@Root Path root) {
        return daemonWorld(root).paths;
    }

    @Provides
    ProcessTable processTable(@Root Path root) {
        return daemonWorld(root).processes;
    }

    @Provides
    Signals signals(@Root Path root) {
        return daemonWorld(root).signals;
    }

    @Provides
    ListenerPids listenerPids(@Root Path root) {
        return handSetListeners != null ? handSetListeners.listenerPids() : daemonWorld(root).daemons;
    }

    @Provides
    ProbeLoopback probeLoopback(@Root Path root) {
        return handSetListeners != null ? handSetListeners.loopback() : daemonWorld(root).daemons;
    }

    /** The many-port scan of discovery, one port after another over whichever loopback is in force. */
    @Provides
    ScanLoopbackPorts scanLoopbackPorts(ProbeLoopback loopback) {
        return new SequentialScanLoopbackPorts(loopback);
    }

    /** Control requests reach simulated daemons; a hand-set listener is none, so they find nothing to accept them. */
    @Provides
    ControlDaemon controlDaemon(@Root Path root) {
        return daemonWorld(root).daemons;
    }

    @Provides
    LaunchDaemon launchDaemon(@Root Path root) {
        return daemonWorld(root).daemons;
    }

    @Provides
    TryBindLoopback tryBindLoopback(@Root Path root) {
        return daemonWorld(root).daemons;
    }

    /** Records each root it is called with and answers {@link #reapResult}. */
    @Provides
    ReapStaleDaemons reapStaleDaemons() {
        return root -> {
            reaps.add(root);
            return reapResult;
        };
    }

    @Provides
    @InvocationScope
    FindLiveOrphans findLiveOrphans(LiveOrphanScanner scanner) {
        FindLiveOrphans.LiveOrphanScan dictated = liveOrphans;
        return dictated == null ? CleanupPortsModule.findLiveOrphans(scanner) : root -> dictated;
    }
}
