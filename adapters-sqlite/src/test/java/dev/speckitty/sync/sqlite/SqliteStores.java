package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

/** The real adapter through its public entry, plus the JDBC fixture. */
final class SqliteStores implements QueueStoresUnderTest {
    private final SqliteFixture fixture = new SqliteFixture();

    @Override
    public OpenLegacyQueue legacyQueues() {
        return SqliteAdapters.legacyQueues();
    }

    @Override
    public OpenScopedQueue scopedQueues() {
        return SqliteAdapters.scopedQueues();
    }

    @Override
    public InspectQueues inspectQueues() {
        return SqliteAdapters.inspectQueues();
    }

    @Override
    public EnqueueToQueue enqueueToQueue() {
        return SqliteAdapters.enqueueToQueue();
    }

    @Override
    public QueueDatabaseFixture fixture() {
        return fixture;
    }
}
