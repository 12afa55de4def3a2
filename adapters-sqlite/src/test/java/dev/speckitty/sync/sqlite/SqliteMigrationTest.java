package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.migration.MigrationContract;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;

class SqliteMigrationTest extends MigrationContract {
    @Override
    protected QueueStoresUnderTest stores() {
        return new SqliteStores();
    }
}
