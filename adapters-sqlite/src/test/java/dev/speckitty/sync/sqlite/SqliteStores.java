package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

/**
 * The real adapter through its public entry, plus the JDBC fixture; or, for lock tests, the same adapters
 * with a short busy timeout so a test waits milliseconds instead of the production 5 s.
 */
final class SqliteStores implements QueueStoresUnderTest {
    private final SqliteFixture fixture = new SqliteFixture();
    private final OpenLegacyQueue legacyQueues;
    private final OpenScopedQueue scopedQueues;

    SqliteStores() {
        legacyQueues = SqliteAdapters.legacyQueues();
        scopedQueues = SqliteAdapters.scopedQueues();
    }

    SqliteStores(int busyTimeoutMillis) {
        legacyQueues = new SqliteLegacyQueues(busyTimeoutMillis, busyTimeoutMillis);
        scopedQueues = new SqliteScopedQueues(busyTimeoutMillis, busyTimeoutMillis);
    }

    @Override
    public OpenLegacyQueue legacyQueues() {
        return legacyQueues;
    }

    @Override
    public OpenScopedQueue scopedQueues() {
        return scopedQueues;
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
