package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.ScopedQueueContract;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class SqliteScopedQueueTest extends ScopedQueueContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return new SqliteStores();
    }
}
