package dev.speckitty.sync.core.queue;

import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class InMemoryInspectQueuesTest extends InspectQueuesContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return QueueStoresUnderTest.inMemory();
    }
}
