package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.testing.LegacyTable;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The queue-DB fixture on real SQLite files, with plain JDBC behind the adapter's back. */
final class SqliteFixture implements QueueDatabaseFixture {

    static Connection connect(Path db) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }

    @Override
    public void createLegacy(Path path, List<LegacyTable> tables) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Connection connection = connect(path); Statement statement = connection.createStatement()) {
            // A plain rollback-journal file, as the reference writes them.
            statement.execute("PRAGMA user_version = 0");
            statement.execute("BEGIN");
            for (LegacyTable table : tables) {
                String columns = table.columns().stream()
                        .map(c -> c.equals("id") ? "id INTEGER PRIMARY KEY AUTOINCREMENT" : Sql.quote(c))
                        .collect(Collectors.joining(", "));
                statement.execute("CREATE TABLE " + Sql.quote(table.name()) + " (" + columns + ")");
                for (QueueRow row : table.rows()) {
                    insert(connection, table.name(), row);
                }
            }
            statement.execute("COMMIT");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void insert(Connection connection, String table, QueueRow row) throws SQLException {
        List<Map.Entry<String, CellValue>> cells = List.copyOf(row.columns().entrySet());
        String sql = "INSERT INTO " + Sql.quote(table) + " ("
                + cells.stream().map(c -> Sql.quote(c.getKey())).collect(Collectors.joining(", ")) + ") VALUES ("
                + cells.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < cells.size(); i++) {
                Sql.bind(statement, i + 1, cells.get(i).getValue());
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void createNotADatabase(Path path) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            Files.writeString(path, "this is a text file, not an SQLite database\n".repeat(40), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    @Override
    public List<String> tables(Path db) {
        try (Connection connection = connect(db)) {
            return List.copyOf(Sql.tableNames(connection));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<String> columns(Path db, String table) {
        try (Connection connection = connect(db)) {
            return Sql.columns(connection, table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<QueueRow> rows(Path db, String table) {
        List<QueueRow> rows = new ArrayList<>();
        try (Connection connection = connect(db)) {
            if (!Sql.tableNames(connection).contains(table)) {
                return rows;
            }
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT * FROM " + Sql.quote(table) + " ORDER BY rowid")) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, CellValue> values = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        values.put(meta.getColumnName(i), Sql.cell(result, i));
                    }
                    rows.add(new QueueRow(values));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void insertRow(Path db, String table, QueueRow row) {
        try (Connection connection = connect(db)) {
            insert(connection, table, row);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void updateRow(Path db, String table, long rowid, String column, CellValue value) {
        try (Connection connection = connect(db);
             PreparedStatement statement = connection.prepareStatement(
                     "UPDATE " + Sql.quote(table) + " SET " + Sql.quote(column) + " = ? WHERE rowid = ?")) {
            Sql.bind(statement, 1, value);
            statement.setLong(2, rowid);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
