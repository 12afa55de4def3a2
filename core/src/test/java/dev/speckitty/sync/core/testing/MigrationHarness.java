package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.MigrationCheckpoints;
import dev.speckitty.sync.core.queue.BatchLimits;
import java.time.Instant;

/** A migration wired to one store implementation and the shared test doubles. */
public final class MigrationHarness {
    public final QueueStoresUnderTest stores;
    public final FakeClock clock = new FakeClock(Instant.parse("2026-05-17T16:42:00.750Z"));
    public final RecordingOperatorLog log = new RecordingOperatorLog();
    public final InMemoryLockFiles locks = new InMemoryLockFiles();

    public MigrationHarness(QueueStoresUnderTest stores) {
        this.stores = stores;
    }

    public LegacyQueueMigration migration() {
        return migration(BatchLimits.DEFAULT, MigrationCheckpoints.NONE);
    }

    public LegacyQueueMigration migration(BatchLimits limits, MigrationCheckpoints checkpoints) {
        return new LegacyQueueMigration(stores.legacyQueues(), stores.scopedQueues(), locks, clock, log, limits,
                checkpoints);
    }

    public QueueDatabaseFixture fixture() {
        return stores.fixture();
    }
}
