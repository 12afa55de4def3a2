package dev.speckitty.sync.cli.wiring;

import dev.speckitty.sync.cli.ports.CheckRootSafety;
import dev.speckitty.sync.cli.ports.ResolveIdentity;
import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.nio.file.Path;
import java.util.List;

/**
 * PLACEHOLDER, the only one in the product: stands in for the adapters of other modules until
 * {@link AdapterModule} binds the real ones. Every call throws {@code IllegalStateException("adapter not wired
 * yet")}, which the CLI reports as an internal error (exit 70).
 */
final class NotWiredYet {

    static final ResolveIdentity RESOLVE_IDENTITY = (root, environment) -> {
        throw notWired();
    };

    static final CheckRootSafety CHECK_ROOT_SAFETY = root -> {
        throw notWired();
    };

    static final InspectQueues INSPECT_QUEUES = new InspectQueues() {
        @Override
        public QueueInspection inspect(Path database) {
            throw notWired();
        }

        @Override
        public boolean hasBodyUploadsForMission(Path legacyDatabase, String missionSlug) {
            throw notWired();
        }

        @Override
        public List<QuarantineEntry> quarantine(Path scopedDatabase) {
            throw notWired();
        }
    };

    static final MigrateLegacyQueue MIGRATE_LEGACY_QUEUE = new MigrateLegacyQueue() {
        @Override
        public MigrationReport migrate(Path root, Path scoped) {
            throw notWired();
        }

        @Override
        public MigrationReport dryRun(Path root, Path scoped) {
            throw notWired();
        }
    };

    private NotWiredYet() {
    }

    private static IllegalStateException notWired() {
        return new IllegalStateException("adapter not wired yet");
    }
}
