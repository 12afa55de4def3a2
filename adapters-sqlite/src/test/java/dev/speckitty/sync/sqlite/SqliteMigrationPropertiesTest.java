package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.migration.MigrationPropertiesContract;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class SqliteMigrationPropertiesTest extends MigrationPropertiesContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return new SqliteStores();
    }
}
