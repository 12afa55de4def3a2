package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.QueueStoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** Connection opening, transactions, value binding and error reasons shared by the SQLite adapters. */
final class Sql {

    /** busy_timeout of every write-capable connection (on-disk.md §6.1). */
    static final int WRITE_BUSY_TIMEOUT_MILLIS = 5000;
    /** busy_timeout of read-only inspection connections (on-disk.md §6.1). */
    static final int READ_ONLY_BUSY_TIMEOUT_MILLIS = 1000;

    private static final int SQLITE_CONSTRAINT = 19;
    private static final Pattern TRAILING_REASON = Pattern.compile("\\(([^()]*)\\)\\s*$");

    private Sql() {
    }

    /**
     * Opens an existing file read-write without the CREATE flag, so a file that vanished after the existence
     * check is an error instead of a new empty database. No pragma other than busy_timeout is set: the
     * journal mode of a legacy file is never touched.
     */
    static Connection openExistingReadWrite(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = baseConfig(busyTimeoutMillis);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * Opens an existing file read-only: SQLITE_OPEN_READONLY without CREATE, the open-flag form of the URI
     * parameter {@code mode=ro} (no URI escaping of the path needed). Nothing is created, no DDL runs.
     */
    static Connection openReadOnly(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = baseConfig(busyTimeoutMillis);
        config.setReadOnly(true);
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    private static SQLiteConfig baseConfig(int busyTimeoutMillis) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        // Transactions are begun with explicit BEGIN IMMEDIATE statements (see inImmediateTransaction); the
        // mode is set too so that no JDBC-managed transaction could ever start deferred.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        return config;
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} between {@code BEGIN IMMEDIATE} and {@code COMMIT}, rolling back on any throwable.
     * The statements are issued explicitly in auto-commit mode: sqlite-jdbc's own {@code commit()} begins the
     * next transaction at once, which would hold the write lock after the commit and could report a failure
     * for a transaction that did commit.
     */
    static <T> T inImmediateTransaction(Connection connection, Work<T> work) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            T result;
            try {
                result = work.run();
                statement.execute("COMMIT");
            } catch (Exception | Error e) {
                try {
                    statement.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    // SQLite may already have rolled back (e.g. after SQLITE_FULL); keep the first error.
                    e.addSuppressed(rollback);
                }
                throw e;
            }
            return result;
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static void bind(PreparedStatement statement, int index, CellValue value) throws SQLException {
        if (value instanceof CellValue.TextCell t) {
            statement.setString(index, t.value());
        } else if (value instanceof CellValue.IntegerCell i) {
            statement.setLong(index, i.value());
        } else if (value instanceof CellValue.RealCell r) {
            statement.setDouble(index, r.value());
        } else if (value instanceof CellValue.BlobCell b) {
            statement.setBytes(index, b.value());
        } else {
            statement.setNull(index, Types.NULL);
        }
    }

    /** The cell at {@code index} by the storage class of the value (sqlite-jdbc's getObject follows it). */
    static CellValue cell(ResultSet rows, int index) throws SQLException {
        Object value = rows.getObject(index);
        if (value == null) {
            return CellValue.NULL;
        }
        if (value instanceof Integer || value instanceof Long) {
            return CellValue.integer(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            return CellValue.real(((Number) value).doubleValue());
        }
        if (value instanceof byte[] bytes) {
            return CellValue.blob(bytes);
        }
        return CellValue.text(value.toString());
    }

    static boolean isConstraintViolation(SQLException e) {
        return (e.getErrorCode() & 0xFF) == SQLITE_CONSTRAINT;
    }

    /**
     * A one-line reason from a sqlite-jdbc message such as
     * {@code [SQLITE_NOTADB] File opened that is not a database file (file is not a database)}: the text in
     * the trailing parentheses, else the whole message on one line.
     */
    static String reason(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String oneLine = message.replaceAll("\\s+", " ").strip();
        Matcher m = TRAILING_REASON.matcher(oneLine);
        if (m.find() && !m.group(1).isBlank()) {
            return m.group(1).strip();
        }
        return oneLine;
    }

    static QueueStoreException failure(Throwable e) {
        return new QueueStoreException(reason(e), e);
    }

    static Set<String> tableNames(Connection connection) throws SQLException {
        Set<String> names = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA table_info(" + quote(table) + ")")) {
            while (rows.next()) {
                columns.add(rows.getString("name"));
            }
        }
        return columns;
    }

    static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + quote(table))) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
