package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.LegacyQueueContract;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class SqliteLegacyQueueTest extends LegacyQueueContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return new SqliteStores();
    }
}
