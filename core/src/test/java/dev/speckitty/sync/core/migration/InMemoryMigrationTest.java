package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class InMemoryMigrationTest extends MigrationContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return QueueStoresUnderTest.inMemory();
    }
}
