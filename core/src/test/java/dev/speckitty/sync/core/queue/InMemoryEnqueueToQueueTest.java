package dev.speckitty.sync.core.queue;

import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class InMemoryEnqueueToQueueTest extends EnqueueToQueueContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return QueueStoresUnderTest.inMemory();
    }
}
