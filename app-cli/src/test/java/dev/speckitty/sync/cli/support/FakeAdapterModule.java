package dev.speckitty.sync.cli.support;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.ReapStaleDaemons;
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
    // the daemon side: the core test-jar's simulated daemons of the harness's root, on one fake clock
    final FakeClock clock = FakeClock.at("2026-05-17T16:42:00.123456Z");
    final InMemoryLockFiles locks = new InMemoryLockFiles(clock);
    final InMemoryQueueDatabases queueDatabases = new InMemoryQueueDatabases();
    private DaemonWorld daemonWorld;
    final List<Path> reaps = new ArrayList<>();
    SweepResult reapResult = SweepResult.EMPTY;
    FindLiveOrphans.LiveOrphanScan liveOrphans = new FindLiveOrphans.LiveOrphanScan(List.of(), Optional.empty());

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

    @Provides
    Clock clock() {
        return clock;
    }

    @Provides
    LockFiles lockFiles() {
        return locks;
    }

    @Provides
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
        };
    }

    @Provides
    FindLiveOrphans findLiveOrphans() {
        return root -> liveOrphans;
    }
}
