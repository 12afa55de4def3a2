package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.queue.QueueTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Read-only inspection of queue DBs (on-disk.md §6.1, §4.5): only existing files, opened read-only with
 * busy_timeout 1000, no DDL; a file that cannot be read is reported with a one-line reason.
 */
final class SqliteQueueInspector implements InspectQueues {

    private final int busyTimeoutMillis;

    SqliteQueueInspector(int busyTimeoutMillis) {
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public QueueInspection inspect(Path database) {
        if (!ProductFiles.exists(database)) {
            return QueueInspection.missing(database);
        }
        if (Files.isSymbolicLink(database)) {
            return QueueInspection.unreadable(database, "is a symbolic link");
        }
        try (Connection connection = Sql.openReadOnly(database, busyTimeoutMillis)) {
            Set<String> tables = Sql.tableNames(connection);
            return new QueueInspection(database, true, null,
                    count(connection, tables, "queue"), count(connection, tables, "body_upload_queue"),
                    count(connection, tables, "body_upload_failure_log"),
                    count(connection, tables, "migration_quarantine"));
        } catch (SQLException e) {
            return QueueInspection.unreadable(database, Sql.reason(e));
        }
    }

    private static long count(Connection connection, Set<String> tables, String table) throws SQLException {
        return tables.contains(table) ? Sql.count(connection, table) : 0L;
    }

    @Override
    public boolean hasBodyUploadsForMission(Path legacyDatabase, String missionSlug) {
        if (!ProductFiles.exists(legacyDatabase) || Files.isSymbolicLink(legacyDatabase)) {
            return false;
        }
        try (Connection connection = Sql.openReadOnly(legacyDatabase, busyTimeoutMillis)) {
            String table = QueueTable.BODY_UPLOAD_QUEUE.tableName();
            if (!Sql.tableNames(connection).contains(table)) {
                return false;
            }
            ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_QUEUE, Sql.columns(connection, table));
            if (!mapping.legacyNameByMappedName().containsKey("mission_slug")) {
                return false;
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM " + Sql.quote(table)
                    + " WHERE " + Sql.quote(mapping.legacyName("mission_slug")) + " = ? LIMIT 1")) {
                statement.setString(1, missionSlug);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next();
                }
            }
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * @throws UncheckedIOException when the file exists but cannot be read (the message is a one-line reason)
     */
    @Override
    public List<QuarantineEntry> quarantine(Path scopedDatabase) {
        List<QuarantineEntry> entries = new ArrayList<>();
        if (!ProductFiles.exists(scopedDatabase)) {
            return entries;
        }
        if (Files.isSymbolicLink(scopedDatabase)) {
            throw new UncheckedIOException(new IOException(scopedDatabase + " is a symbolic link"));
        }
        try (Connection connection = Sql.openReadOnly(scopedDatabase, busyTimeoutMillis)) {
            if (!Sql.tableNames(connection).contains("migration_quarantine")) {
                return entries;
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT table_name, stable_key, reason, "
                    + "quarantined_at, legacy_row_json, scoped_row_json FROM migration_quarantine ORDER BY id");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(new QuarantineEntry(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new UncheckedIOException(new IOException(scopedDatabase + " could not be read: " + Sql.reason(e), e));
        }
    }

    @Override
    public QueueDiagnostics diagnose(Path database) {
        if (!ProductFiles.exists(database) || Files.isSymbolicLink(database)) {
            return QueueDiagnostics.EMPTY;
        }
        try (Connection connection = Sql.openReadOnly(database, busyTimeoutMillis)) {
            Set<String> tables = Sql.tableNames(connection);
            OptionalLong oldest = OptionalLong.empty();
            List<QueueDiagnostics.EventTypeCount> top = new ArrayList<>();
            if (tables.contains("queue")) {
                oldest = oldestEvent(connection);
                top = topEventTypes(connection);
            }
            String failureLog = QueueTable.BODY_UPLOAD_FAILURE_LOG.tableName();
            List<QueueDiagnostics.RecentBodyUploadFailure> recent = tables.contains(failureLog)
                    ? recentFailures(connection, ColumnMapping.of(QueueTable.BODY_UPLOAD_FAILURE_LOG,
                            Sql.columns(connection, failureLog)))
                    : List.of();
            return new QueueDiagnostics(oldest, top, recent);
        } catch (SQLException e) {
            return QueueDiagnostics.EMPTY; // inspect() reports the unreadable file
        }
    }

    private static OptionalLong oldestEvent(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT MIN(timestamp) FROM queue");
             ResultSet rows = statement.executeQuery()) {
            if (rows.next()) {
                long value = rows.getLong(1);
                return rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
            }
            return OptionalLong.empty();
        }
    }

    private static List<QueueDiagnostics.EventTypeCount> topEventTypes(Connection connection) throws SQLException {
        List<QueueDiagnostics.EventTypeCount> top = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT event_type, COUNT(*) AS n FROM queue"
                + " GROUP BY event_type ORDER BY n DESC, event_type ASC LIMIT " + QueueDiagnostics.LIMIT);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String type = rows.getString(1);
                top.add(new QueueDiagnostics.EventTypeCount(type == null ? "" : type, rows.getLong(2)));
            }
        }
        return top;
    }

    private static List<QueueDiagnostics.RecentBodyUploadFailure> recentFailures(Connection connection,
                                                                                 ColumnMapping mapping)
            throws SQLException {
        List<String> needed = List.of("artifact_path", "mission_slug", "failure_count", "failure_reason",
                "last_failed_at");
        if (!mapping.legacyNameByMappedName().keySet().containsAll(needed)) {
            return List.of();
        }
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < needed.size(); i++) {
            select.append(i == 0 ? "" : ", ").append(Sql.quote(mapping.legacyName(needed.get(i))));
        }
        String order = mapping.legacyNameByMappedName().containsKey("id") ? ", id DESC" : "";
        select.append(" FROM body_upload_failure_log ORDER BY last_failed_at DESC").append(order)
                .append(" LIMIT ").append(QueueDiagnostics.LIMIT);
        List<QueueDiagnostics.RecentBodyUploadFailure> recent = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(select.toString());
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                recent.add(new QueueDiagnostics.RecentBodyUploadFailure(text(rows.getString(1)), text(rows.getString(2)),
                        rows.getLong(3), text(rows.getString(4)), rows.getDouble(5)));
            }
        }
        return recent;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
