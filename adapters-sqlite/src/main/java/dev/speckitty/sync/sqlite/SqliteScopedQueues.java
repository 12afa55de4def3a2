package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.FailureCounts;
import dev.speckitty.sync.core.queue.InsertOutcome;
import dev.speckitty.sync.core.queue.LedgerEntry;
import dev.speckitty.sync.core.queue.LedgerKey;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.RowOutcome;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.queue.ScopedQueueReader;
import dev.speckitty.sync.core.queue.ScopedTransaction;
import dev.speckitty.sync.core.queue.ScopedWork;
import dev.speckitty.sync.core.queue.StableKey;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Scoped queue DBs on SQLite (on-disk.md §6.1–§6.7): WAL, busy_timeout, BEGIN IMMEDIATE, exact DDL. */
final class SqliteScopedQueues implements OpenScopedQueue {

    private static final String QUARANTINE = "migration_quarantine";
    private static final String LEDGER = "migration_ledger";

    private final int busyTimeoutMillis;
    private final int readOnlyBusyTimeoutMillis;

    SqliteScopedQueues(int busyTimeoutMillis, int readOnlyBusyTimeoutMillis) {
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.readOnlyBusyTimeoutMillis = readOnlyBusyTimeoutMillis;
    }

    @Override
    public ScopedQueue openScopedForWrite(Path scoped) throws QueueStoreException {
        Connection connection = openForWrite(scoped, busyTimeoutMillis);
        try {
            return new Scoped(connection);
        } catch (QueueStoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** Creates the file (0600, parents 0700) if needed, opens it and applies WAL and the schema. */
    static Connection openForWrite(Path scoped, int busyTimeoutMillis) throws QueueStoreException {
        ProductFiles.createScopedFile(scoped);
        Connection connection;
        try {
            connection = Sql.openExistingReadWrite(scoped, busyTimeoutMillis);
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
        try {
            ScopedSchema.apply(connection);
            return connection;
        } catch (QueueStoreException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public Optional<ScopedQueueReader> openScopedReadOnly(Path scoped) throws QueueStoreException {
        ProductFiles.refuseSymlink(scoped);
        if (!ProductFiles.exists(scoped)) {
            return Optional.empty();
        }
        try {
            Connection connection = Sql.openReadOnly(scoped, readOnlyBusyTimeoutMillis);
            try {
                return Optional.of(new Scoped(connection));
            } catch (QueueStoreException e) {
                closeQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // Already failing; the original error is the one to report.
        }
    }

    /**
     * One connection. Reads resolve column names through the §6.7 mapping, so a read-only view of a file
     * that was never adapted reads like an adapted one; missing tables read as empty.
     */
    private static final class Scoped implements ScopedQueue, ScopedTransaction {
        private final Connection connection;
        private final Set<String> tables;
        private final Map<QueueTable, ColumnMapping> mappings = new HashMap<>();
        private final StatementCache statements;

        Scoped(Connection connection) throws QueueStoreException {
            this.connection = connection;
            this.statements = new StatementCache(connection);
            try {
                this.tables = Sql.tableNames(connection);
                for (QueueTable table : QueueTable.values()) {
                    if (tables.contains(table.tableName())) {
                        mappings.put(table, ColumnMapping.of(table, Sql.columns(connection, table.tableName())));
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public <T> T inTransaction(ScopedWork<T> work) throws QueueStoreException {
            try {
                return Sql.inImmediateTransaction(connection, () -> work.run(this));
            } catch (QueueStoreException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public Optional<QueueRow> findByKey(QueueTable table, StableKey key) throws QueueStoreException {
            ColumnMapping mapping = mappings.get(table);
            if (mapping == null || key.rowidKey()
                    || !key.parts().stream().allMatch(p -> mapping.legacyNameByMappedName().containsKey(p.getKey()))) {
                return Optional.empty();
            }
            List<String> mapped = List.copyOf(mapping.legacyNameByMappedName().keySet());
            String select = mapped.stream().map(m -> Sql.quote(mapping.legacyName(m)))
                    .collect(Collectors.joining(", "));
            String where = key.parts().stream().map(p -> Sql.quote(mapping.legacyName(p.getKey())) + " = ?")
                    .collect(Collectors.joining(" AND "));
            try {
                PreparedStatement statement = statements.get(
                        "SELECT " + select + " FROM " + Sql.quote(table.tableName()) + " WHERE " + where + " LIMIT 1");
                for (int i = 0; i < key.parts().size(); i++) {
                    Sql.bind(statement, i + 1, key.parts().get(i).getValue());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Map<String, CellValue> values = new LinkedHashMap<>();
                    for (int i = 0; i < mapped.size(); i++) {
                        values.put(mapped.get(i), Sql.cell(rows, i + 1));
                    }
                    return Optional.of(new QueueRow(values));
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public Optional<QuarantineEntry> quarantineEntry(QueueTable table, String stableKey, String legacyRowJson)
                throws QueueStoreException {
            if (!tables.contains(QUARANTINE)) {
                return Optional.empty();
            }
            try {
                PreparedStatement statement = statements.get("SELECT table_name, stable_key, reason, "
                        + "quarantined_at, legacy_row_json, scoped_row_json FROM migration_quarantine "
                        + "WHERE table_name = ? AND stable_key = ? AND legacy_row_json = ?");
                statement.setString(1, table.tableName());
                statement.setString(2, stableKey);
                statement.setString(3, legacyRowJson);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(quarantineEntry(rows)) : Optional.empty();
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        static QuarantineEntry quarantineEntry(ResultSet rows) throws SQLException {
            return new QuarantineEntry(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                    rows.getString(5), rows.getString(6));
        }

        @Override
        public Optional<LedgerEntry> ledgerEntry(LedgerKey key) throws QueueStoreException {
            if (!tables.contains(LEDGER)) {
                return Optional.empty();
            }
            try {
                PreparedStatement statement = statements.get("SELECT outcome, applied_at "
                        + "FROM migration_ledger WHERE table_name = ? AND stable_key = ? AND legacy_row_sha256 = ?");
                statement.setString(1, key.table().tableName());
                statement.setString(2, key.stableKey());
                statement.setString(3, key.legacyRowSha256());
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next()
                            ? Optional.of(new LedgerEntry(key, RowOutcome.fromText(rows.getString(1)), rows.getString(2)))
                            : Optional.empty();
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public List<LedgerEntry> ledgerEntries() throws QueueStoreException {
            List<LedgerEntry> entries = new ArrayList<>();
            if (!tables.contains(LEDGER)) {
                return entries;
            }
            try {
                PreparedStatement statement = statements.get("SELECT table_name, stable_key, "
                        + "legacy_row_sha256, outcome, applied_at FROM migration_ledger ORDER BY rowid");
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Optional<QueueTable> table = queueTable(rows.getString(1));
                        if (table.isPresent()) {
                            entries.add(new LedgerEntry(new LedgerKey(table.get(), rows.getString(2),
                                    rows.getString(3)), RowOutcome.fromText(rows.getString(4)), rows.getString(5)));
                        }
                    }
                }
            } catch (SQLException | IllegalArgumentException e) {
                throw Sql.failure(e);
            }
            return entries;
        }

        private static Optional<QueueTable> queueTable(String name) {
            for (QueueTable table : QueueTable.values()) {
                if (table.tableName().equals(name)) {
                    return Optional.of(table);
                }
            }
            return Optional.empty();
        }

        @Override
        public InsertOutcome insert(QueueTable table, QueueRow columns) throws QueueStoreException {
            List<Map.Entry<String, CellValue>> cells = List.copyOf(columns.columns().entrySet());
            String sql = cells.isEmpty()
                    ? "INSERT INTO " + Sql.quote(table.tableName()) + " DEFAULT VALUES"
                    : "INSERT INTO " + Sql.quote(table.tableName()) + " ("
                    + cells.stream().map(c -> Sql.quote(c.getKey())).collect(Collectors.joining(", "))
                    + ") VALUES (" + cells.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            try {
                PreparedStatement statement = statements.get(sql);
                for (int i = 0; i < cells.size(); i++) {
                    Sql.bind(statement, i + 1, cells.get(i).getValue());
                }
                statement.executeUpdate();
                return InsertOutcome.inserted();
            } catch (SQLException e) {
                if (Sql.isConstraintViolation(e)) {
                    return InsertOutcome.rejected(Sql.reason(e));
                }
                throw Sql.failure(e);
            }
        }

        @Override
        public void mergeFailureLog(StableKey key, FailureCounts counts) throws QueueStoreException {
            String where = key.parts().stream().map(p -> Sql.quote(p.getKey()) + " = ?")
                    .collect(Collectors.joining(" AND "));
            try {
                PreparedStatement statement = statements.get("UPDATE body_upload_failure_log SET "
                        + "failure_count = ?, first_failed_at = ?, last_failed_at = ? WHERE " + where);
                Sql.bind(statement, 1, counts.failureCount());
                Sql.bind(statement, 2, counts.firstFailedAt());
                Sql.bind(statement, 3, counts.lastFailedAt());
                for (int i = 0; i < key.parts().size(); i++) {
                    Sql.bind(statement, i + 4, key.parts().get(i).getValue());
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public void quarantine(QuarantineEntry entry) throws QueueStoreException {
            try {
                PreparedStatement statement = statements.get("INSERT OR IGNORE INTO "
                        + "migration_quarantine (table_name, stable_key, reason, legacy_row_json, scoped_row_json, "
                        + "quarantined_at) VALUES (?, ?, ?, ?, ?, ?)");
                statement.setString(1, entry.table());
                statement.setString(2, entry.stableKey());
                statement.setString(3, entry.reason());
                statement.setString(4, entry.legacyRowJson());
                statement.setString(5, entry.scopedRowJson());
                statement.setString(6, entry.quarantinedAt());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public void recordLedger(LedgerEntry entry) throws QueueStoreException {
            try {
                PreparedStatement statement = statements.get("INSERT INTO migration_ledger "
                        + "(table_name, stable_key, legacy_row_sha256, outcome, applied_at) VALUES (?, ?, ?, ?, ?)");
                statement.setString(1, entry.key().table().tableName());
                statement.setString(2, entry.key().stableKey());
                statement.setString(3, entry.key().legacyRowSha256());
                statement.setString(4, entry.outcome().text());
                statement.setString(5, entry.appliedAt());
                statement.executeUpdate();
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public void deleteLedger(Collection<LedgerKey> keys) throws QueueStoreException {
            try {
                PreparedStatement statement = statements.get("DELETE FROM migration_ledger "
                        + "WHERE table_name = ? AND stable_key = ? AND legacy_row_sha256 = ?");
                for (LedgerKey key : keys) {
                    statement.setString(1, key.table().tableName());
                    statement.setString(2, key.stableKey());
                    statement.setString(3, key.legacyRowSha256());
                    statement.executeUpdate();
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public void close() {
            statements.close();
            closeQuietly(connection);
        }
    }
}
