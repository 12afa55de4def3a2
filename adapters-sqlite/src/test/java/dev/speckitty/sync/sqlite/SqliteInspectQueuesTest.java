package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.InspectQueuesContract;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class SqliteInspectQueuesTest extends InspectQueuesContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return new SqliteStores();
    }
}
