package dev.speckitty.sync.core.queue;

import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class InMemoryLegacyQueueTest extends LegacyQueueContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return QueueStoresUnderTest.inMemory();
    }
}
