package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.LegacyQueue;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.SnapshotRow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The legacy queue {@code <R>/queue.db} on SQLite: read through the column mapping, row-delete only. */
final class SqliteLegacyQueues implements OpenLegacyQueue {

    private final int busyTimeoutMillis;
    private final int readOnlyBusyTimeoutMillis;

    SqliteLegacyQueues(int busyTimeoutMillis, int readOnlyBusyTimeoutMillis) {
        this.busyTimeoutMillis = busyTimeoutMillis;
        this.readOnlyBusyTimeoutMillis = readOnlyBusyTimeoutMillis;
    }

    @Override
    public boolean legacyExists(Path legacy) {
        return ProductFiles.exists(legacy);
    }

    @Override
    public LegacyQueue openLegacyForMigration(Path legacy) throws QueueStoreException {
        return open(legacy, false);
    }

    @Override
    public LegacyQueue openLegacyReadOnly(Path legacy) throws QueueStoreException {
        return open(legacy, true);
    }

    private LegacyQueue open(Path legacy, boolean readOnly) throws QueueStoreException {
        ProductFiles.refuseSymlink(legacy);
        if (!ProductFiles.exists(legacy)) {
            throw new QueueStoreException("no such file");
        }
        try {
            return new Legacy(readOnly ? Sql.openReadOnly(legacy, readOnlyBusyTimeoutMillis)
                    : Sql.openExistingReadWrite(legacy, busyTimeoutMillis));
        } catch (SQLException e) {
            throw Sql.failure(e);
        }
    }

    private static final class Legacy implements LegacyQueue {
        private final Connection connection;
        private final StatementCache statements;

        Legacy(Connection connection) {
            this.connection = connection;
            this.statements = new StatementCache(connection);
        }

        @Override
        public Set<QueueTable> presentTables() throws QueueStoreException {
            try {
                Set<String> names = Sql.tableNames(connection);
                Set<QueueTable> present = EnumSet.noneOf(QueueTable.class);
                for (QueueTable table : QueueTable.values()) {
                    if (names.contains(table.tableName())) {
                        present.add(table);
                    }
                }
                return present;
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public List<String> columns(QueueTable table) throws QueueStoreException {
            try {
                return Sql.columns(connection, table.tableName());
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public long count(QueueTable table) throws QueueStoreException {
            try {
                return Sql.tableNames(connection).contains(table.tableName())
                        ? Sql.count(connection, table.tableName()) : 0;
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
        }

        @Override
        public List<SnapshotRow> readBatch(QueueTable table, ColumnMapping mapping, long afterRowid,
                                           BatchLimits limits) throws QueueStoreException {
            List<String> mapped = List.copyOf(mapping.legacyNameByMappedName().keySet());
            String columns = mapped.stream().map(m -> ", " + Sql.quote(mapping.legacyName(m)))
                    .collect(Collectors.joining());
            String sql = "SELECT rowid" + columns + " FROM " + Sql.quote(table.tableName())
                    + " WHERE rowid > ? ORDER BY rowid LIMIT ?";
            List<SnapshotRow> batch = new ArrayList<>();
            try {
                PreparedStatement statement = statements.get(sql);
                statement.setLong(1, afterRowid);
                statement.setInt(2, limits.maxRows());
                long bytes = 0;
                try (ResultSet rows = statement.executeQuery()) {
                    while (!limits.full(batch.size(), bytes) && rows.next()) {
                        Map<String, CellValue> values = new LinkedHashMap<>();
                        for (int i = 0; i < mapped.size(); i++) {
                            values.put(mapped.get(i), Sql.cell(rows, i + 2));
                        }
                        QueueRow row = new QueueRow(values);
                        batch.add(new SnapshotRow(rows.getLong(1), row));
                        bytes += row.snapshotBytes();
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure(e);
            }
            return batch;
        }

        @Override
        public Set<Long> deleteUnchanged(QueueTable table, ColumnMapping mapping, List<SnapshotRow> rows)
                throws QueueStoreException {
            Set<Long> deleted = new HashSet<>();
            if (rows.isEmpty()) {
                return deleted;
            }
            try {
                Sql.inImmediateTransaction(connection, () -> {
                    for (SnapshotRow snapshot : rows) {
                        List<Map.Entry<String, CellValue>> cells = List.copyOf(snapshot.row().columns().entrySet());
                        StringBuilder sql = new StringBuilder("DELETE FROM ").append(Sql.quote(table.tableName()))
                                .append(" WHERE rowid = ?");
                        for (Map.Entry<String, CellValue> cell : cells) {
                            sql.append(" AND ").append(Sql.quote(mapping.legacyName(cell.getKey()))).append(" IS ?");
                        }
                        PreparedStatement statement = statements.get(sql.toString());
                        statement.setLong(1, snapshot.rowid());
                        for (int i = 0; i < cells.size(); i++) {
                            Sql.bind(statement, i + 2, cells.get(i).getValue());
                        }
                        if (statement.executeUpdate() == 1) {
                            deleted.add(snapshot.rowid());
                        }
                    }
                    return null;
                });
            } catch (Exception e) {
                throw Sql.failure(e);
            }
            return deleted;
        }

        @Override
        public void close() {
            statements.close();
            try {
                connection.close();
            } catch (SQLException e) {
                // Closing a connection that did its work cannot lose data; nothing to report.
            }
        }
    }
}
