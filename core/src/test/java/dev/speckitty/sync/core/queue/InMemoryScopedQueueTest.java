package dev.speckitty.sync.core.queue;

import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class InMemoryScopedQueueTest extends ScopedQueueContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return QueueStoresUnderTest.inMemory();
    }
}
