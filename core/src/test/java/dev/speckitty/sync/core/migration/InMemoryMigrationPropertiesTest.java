package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class InMemoryMigrationPropertiesTest extends MigrationPropertiesContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return QueueStoresUnderTest.inMemory();
    }
}
