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
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.InMemoryLamportClock;
import dev.speckitty.sync.core.testing.InMemoryLifecycleEventLog;
import dev.speckitty.sync.core.testing.InMemoryListMissionArtifacts;
import dev.speckitty.sync.core.testing.InMemoryLocateMission;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.InMemoryReadProjectInputs;
import dev.speckitty.sync.core.testing.InMemoryWritePlanScaffold;
import dev.speckitty.sync.core.testing.SetupPlanProjectTree;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
    // setup-plan: an in-memory project tree, scoped queues, locks and clocks (the core test-jar fakes)
    final SetupPlanProjectTree projectTree = new SetupPlanProjectTree();
    final Map<Path, ProjectConfig> projectConfigs = new HashMap<>();
    final InMemoryQueueDatabases queueDatabases = new InMemoryQueueDatabases();
    final FakeClock clock = FakeClock.at("2026-05-17T16:42:00.123456Z");
    final InMemoryLockFiles locks = new InMemoryLockFiles(clock);
    private final InMemoryLamportClock.Values lamport = new InMemoryLamportClock.Values();
    private final InMemoryLifecycleEventLog lifecycleLog = new InMemoryLifecycleEventLog(projectTree);

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
}
