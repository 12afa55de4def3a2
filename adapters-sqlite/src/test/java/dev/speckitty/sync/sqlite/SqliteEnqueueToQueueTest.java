package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.EnqueueToQueueContract;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class SqliteEnqueueToQueueTest extends EnqueueToQueueContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return new SqliteStores();
    }
}
