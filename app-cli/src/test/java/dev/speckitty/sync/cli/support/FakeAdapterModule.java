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
<<<<<<< HEAD
import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ControlDaemon;
=======
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
>>>>>>> daemonctl
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFiles;
<<<<<<< HEAD
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import dev.speckitty.sync.core.testing.FakeCanonicalPaths;
import dev.speckitty.sync.core.testing.FakeCheckExecutable;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.FakeListenerPids;
import dev.speckitty.sync.core.testing.FakeProbeLoopback;
import dev.speckitty.sync.core.testing.FakeProcessTable;
import dev.speckitty.sync.core.testing.FakeSignals;
import dev.speckitty.sync.core.testing.InMemoryLamportClock;
import dev.speckitty.sync.core.testing.InMemoryLifecycleEventLog;
import dev.speckitty.sync.core.testing.InMemoryListMissionArtifacts;
import dev.speckitty.sync.core.testing.InMemoryLocateMission;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryOwnerRecords;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.InMemoryReadProjectInputs;
import dev.speckitty.sync.core.testing.InMemoryStateFiles;
import dev.speckitty.sync.core.testing.InMemoryWritePlanScaffold;
import dev.speckitty.sync.core.testing.SequentialScanLoopbackPorts;
import dev.speckitty.sync.core.testing.SetupPlanProjectTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
=======
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
>>>>>>> daemonctl
import java.util.Optional;
import java.util.function.Function;

/** The test twin of AdapterModule: the same bindings, answered by hand-made fakes. */
@Module
public final class FakeAdapterModule {
    final FakeInspectQueues queues = new FakeInspectQueues();
    final FakeMigrateLegacyQueue migration = new FakeMigrateLegacyQueue();
    Function<Path, ResolvedIdentity> identity = Identities::unauthenticated;
    Function<Path, Optional<RootRefusal>> rootSafety = root -> Optional.empty();
    int identityResolutions;
<<<<<<< HEAD
    // setup-plan: an in-memory project tree, scoped queues, locks and clocks (the core test-jar fakes)
    final SetupPlanProjectTree projectTree = new SetupPlanProjectTree();
    final Map<Path, ProjectConfig> projectConfigs = new HashMap<>();
    final InMemoryQueueDatabases queueDatabases = new InMemoryQueueDatabases();
    private final InMemoryLamportClock.Values lamport = new InMemoryLamportClock.Values();
    private final InMemoryLifecycleEventLog lifecycleLog = new InMemoryLifecycleEventLog(projectTree);

    // The daemon world: nothing listens and no daemon is recorded unless a test says so.
    final FakeClock clock = FakeClock.at("2026-06-30T10:59:00Z");
    final InMemoryLockFiles locks = new InMemoryLockFiles(clock);
    final FakeProcessTable processes = new FakeProcessTable();
    final FakeSignals signals = new FakeSignals(processes);
    final FakeProbeLoopback loopback = new FakeProbeLoopback();
    final FakeListenerPids listenerPids = new FakeListenerPids();
    final InMemoryStateFiles stateFiles = new InMemoryStateFiles(clock);
    final InMemoryOwnerRecords ownerRecords = new InMemoryOwnerRecords(locks);
    final FakeCheckExecutable executables = new FakeCheckExecutable();
    final List<String> controlRequests = new ArrayList<>();
=======
    // the daemon side: the core test-jar's simulated daemons of the harness's root, on one fake clock
    final FakeClock clock = FakeClock.at("2026-05-17T16:42:00.123456Z");
    final InMemoryLockFiles locks = new InMemoryLockFiles(clock);
    final InMemoryQueueDatabases queueDatabases = new InMemoryQueueDatabases();
    private DaemonWorld daemonWorld;
    final List<Path> reaps = new ArrayList<>();
    SweepResult reapResult = SweepResult.EMPTY;
    FindLiveOrphans.LiveOrphanScan liveOrphans = new FindLiveOrphans.LiveOrphanScan(List.of(), Optional.empty());
>>>>>>> daemonctl

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

<<<<<<< HEAD
=======
    /** The simulated daemon world of {@code root}, created on first use. */
    DaemonWorld daemonWorld(Path root) {
        if (daemonWorld == null) {
            daemonWorld = new DaemonWorld(root, clock, locks);
        }
        return daemonWorld;
    }

>>>>>>> daemonctl
    @Provides
    Clock clock() {
        return clock;
    }

    @Provides
<<<<<<< HEAD
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
=======
>>>>>>> daemonctl
    LockFiles lockFiles() {
        return locks;
    }

    @Provides
<<<<<<< HEAD
    ProcessTable processTable() {
        return processes;
    }

    @Provides
    ListenerPids listenerPids() {
        return listenerPids;
    }

    @Provides
    ProbeLoopback probeLoopback() {
        return loopback;
    }

    @Provides
    ScanLoopbackPorts scanLoopbackPorts() {
        return new SequentialScanLoopbackPorts(loopback);
    }

    @Provides
    Signals signals() {
        return signals;
    }

    /** Records each request and answers that nothing accepted it. */
    @Provides
    ControlDaemon controlDaemon() {
        return new ControlDaemon() {
            @Override
            public Outcome shutdown(dev.speckitty.sync.core.daemon.SyncPort port,
                                    dev.speckitty.sync.core.daemon.ControlToken token, java.time.Duration timeout) {
                controlRequests.add("shutdown " + port.value());
                return new Outcome(Reply.FAILED, 0, "connection refused");
            }

            @Override
            public Outcome triggerSync(dev.speckitty.sync.core.daemon.SyncPort port,
                                       dev.speckitty.sync.core.daemon.ControlToken token,
                                       java.time.Duration timeout) {
                controlRequests.add("trigger " + port.value());
                return new Outcome(Reply.FAILED, 0, "connection refused");
            }
=======
    QueueLocator queueLocator(OperatorLog log) {
        return new QueueLocator(queueDatabases, migration, log);
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
        return daemonWorld(root).daemons;
    }

    @Provides
    ProbeLoopback probeLoopback(@Root Path root) {
        return daemonWorld(root).daemons;
    }

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

    @Provides
    ReapStaleDaemons reapStaleDaemons() {
        return root -> {
            reaps.add(root);
            return reapResult;
>>>>>>> daemonctl
        };
    }

    @Provides
<<<<<<< HEAD
    StateFiles stateFiles() {
        return stateFiles;
    }

    @Provides
    OwnerRecords ownerRecords() {
        return ownerRecords;
    }

    @Provides
    CanonicalPaths canonicalPaths() {
        return new FakeCanonicalPaths(Path.of("/"));
    }

    @Provides
    CheckExecutable checkExecutable() {
        return executables;
=======
    FindLiveOrphans findLiveOrphans() {
        return root -> liveOrphans;
>>>>>>> daemonctl
    }
}
