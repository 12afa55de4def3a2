package dev.speckitty.sync.cli.support;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import java.nio.file.Path;
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
}
