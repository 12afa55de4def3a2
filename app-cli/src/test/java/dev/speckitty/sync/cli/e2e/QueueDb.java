package dev.speckitty.sync.cli.e2e;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/** Reads queue DBs the jar wrote, from the test JVM (sqlite-jdbc), and holds SQLite locks on them. */
final class QueueDb {

    private QueueDb() {
    }

    /** Rows of {@code sql} with {@code parameters}, every column by name, in result order. */
    static List<Map<String, Object>> query(Path db, String sql, Object... parameters) {
        try (Connection connection = open(db, true); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                ResultSetMetaData meta = rows.getMetaData();
                List<Map<String, Object>> result = new ArrayList<>();
                while (rows.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnName(c), rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot query " + db + ": " + sql, e);
        }
    }

    static long count(Path db, String table) {
        return ((Number) query(db, "SELECT COUNT(*) AS n FROM " + table).get(0).get("n")).longValue();
    }

    static Set<String> tables(Path db) {
        Set<String> names = new LinkedHashSet<>();
        query(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").forEach(r -> names.add((String) r.get("name")));
        return names;
    }

    static Set<String> columns(Path db, String table) {
        Set<String> names = new LinkedHashSet<>();
        query(db, "SELECT name FROM pragma_table_info(?)", table).forEach(r -> names.add((String) r.get("name")));
        return names;
    }

    static String journalMode(Path db) {
        return (String) query(db, "PRAGMA journal_mode").get(0).get("journal_mode");
    }

    /** Every row of {@code tables} ordered by rowid: the content a rerun must leave unchanged. */
    static Map<String, List<Map<String, Object>>> dump(Path db, String... tables) {
        Map<String, List<Map<String, Object>>> content = new LinkedHashMap<>();
        for (String table : tables) {
            content.put(table, query(db, "SELECT * FROM " + table + " ORDER BY rowid"));
        }
        return content;
    }

    /**
     * Opens {@code db} in the test JVM and starts a transaction with {@code BEGIN <mode>} (EXCLUSIVE: nobody else
     * may read; IMMEDIATE: others may read but not write). The lock is a POSIX lock of this process, so the jar's
     * child process meets it; {@link Hold#close()} rolls back and releases it.
     */
    static Hold hold(Path db, String mode) {
        try {
            Connection connection = open(db, false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN " + mode);
                // EXCLUSIVE takes its lock at BEGIN; a read makes sure the lock really is held before the jar runs.
                statement.executeQuery("SELECT COUNT(*) FROM sqlite_master").close();
            }
            return new Hold(connection);
        } catch (SQLException e) {
            throw new AssertionError("cannot lock " + db, e);
        }
    }

    /** A held SQLite transaction lock. */
    static final class Hold implements AutoCloseable {
        private final Connection connection;

        private Hold(Connection connection) {
            this.connection = connection;
        }

        @Override
        public void close() {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("ROLLBACK");
            } catch (SQLException e) {
                throw new AssertionError("cannot release the lock", e);
            }
        }
    }

    private static Connection open(Path db, boolean readOnly) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(readOnly);
        config.setBusyTimeout(5000);
        return DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
    }
}
