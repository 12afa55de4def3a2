package dev.speckitty.sync.cli.wiring;

import dagger.Module;
import dagger.Provides;
import dev.speckitty.sync.cli.ports.CheckRootSafety;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.queue.InspectQueues;

/**
 * Every binding of a port whose adapter lives in another module (adapters-fs, adapters-sqlite). This is the one
 * module the adapters' wiring replaces; until then each binding is {@link NotWiredYet}, which fails loudly.
 */
@Module
public final class AdapterModule {

    private AdapterModule() {
    }

    @Provides
    static ResolveIdentity resolveIdentity() {
        return NotWiredYet.RESOLVE_IDENTITY;
    }

    @Provides
    static CheckRootSafety checkRootSafety() {
        return NotWiredYet.CHECK_ROOT_SAFETY;
    }

    @Provides
    static InspectQueues inspectQueues() {
        return NotWiredYet.INSPECT_QUEUES;
    }

    @Provides
    static MigrateLegacyQueue migrateLegacyQueue() {
        return NotWiredYet.MIGRATE_LEGACY_QUEUE;
    }
}
