package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;

/** The queue ports of one implementation (fake or SQLite) plus the fixture that arranges and observes its files. */
public interface QueueStoresUnderTest {
    OpenLegacyQueue legacyQueues();

    OpenScopedQueue scopedQueues();

    InspectQueues inspectQueues();

    EnqueueToQueue enqueueToQueue();

    QueueDatabaseFixture fixture();

    /** A fresh fake: one object plays every part. */
    static QueueStoresUnderTest inMemory() {
        return inMemory(new InMemoryQueueDatabases());
    }

    /** This fake in every part (so a test can also inject failures into it). */
    static QueueStoresUnderTest inMemory(InMemoryQueueDatabases fake) {
        return new QueueStoresUnderTest() {
            @Override
            public OpenLegacyQueue legacyQueues() {
                return fake;
            }

            @Override
            public OpenScopedQueue scopedQueues() {
                return fake;
            }

            @Override
            public InspectQueues inspectQueues() {
                return fake;
            }

            @Override
            public EnqueueToQueue enqueueToQueue() {
                return fake;
            }

            @Override
            public QueueDatabaseFixture fixture() {
                return fake;
            }
        };
    }
}
