package dev.speckitty.sync.cli.support;

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
import java.nio.file.Path;
import org.sqlite.SQLiteConfig;

/** Direct SQLite access for tests: read a queue table as the operator would, or build a legacy queue DB. */
public final class QueueFiles {

    private QueueFiles() {
    }

    /** Every row of {@code table}, in rowid order, column name → value; the file is opened read-only. */
    public static List<Map<String, Object>> rows(Path database, String table) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
            List<Map<String, Object>> result = new ArrayList<>();
            ResultSetMetaData meta = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnName(i), rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read " + table + " of " + database, e);
        }
    }

    /**
     * A mission-era legacy queue DB (the reference's DDL, on-disk.md §6.2–§6.3) holding {@code events} event rows
     * ({@code legacy-<n>}) and one body upload of {@code legacy.md}.
     */
    public static void createLegacy(Path database, int events) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE queue (id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT UNIQUE NOT NULL,"
                    + " event_type TEXT NOT NULL, data TEXT NOT NULL, timestamp INTEGER NOT NULL,"
                    + " retry_count INTEGER DEFAULT 0, coalesce_key TEXT)");
            statement.execute("CREATE TABLE body_upload_queue (id INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " project_uuid TEXT NOT NULL, mission_slug TEXT NOT NULL, target_branch TEXT NOT NULL,"
                    + " mission_type TEXT NOT NULL, manifest_version TEXT NOT NULL, artifact_path TEXT NOT NULL,"
                    + " content_hash TEXT NOT NULL, hash_algorithm TEXT NOT NULL DEFAULT 'sha256',"
                    + " content_body TEXT NOT NULL, size_bytes INTEGER NOT NULL, retry_count INTEGER NOT NULL DEFAULT 0,"
                    + " next_attempt_at REAL NOT NULL DEFAULT 0.0, created_at REAL NOT NULL, last_error TEXT,"
                    + " UNIQUE(project_uuid, mission_slug, target_branch, mission_type, manifest_version, artifact_path,"
                    + " content_hash))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO queue (event_id, event_type,"
                    + " data, timestamp, retry_count) VALUES (?, 'SpecifyCompleted', '{}', 1779000000, 0)")) {
                for (int i = 1; i <= events; i++) {
                    insert.setString(1, "legacy-" + i);
                    insert.executeUpdate();
                }
            }
            statement.execute("INSERT INTO body_upload_queue (project_uuid, mission_slug, target_branch, mission_type,"
                    + " manifest_version, artifact_path, content_hash, content_body, size_bytes, created_at) VALUES"
                    + " ('p-legacy', '011-old', 'main', 'software-dev', '1', 'legacy.md', 'h-legacy', 'old', 3,"
                    + " 1779000000.5)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create " + database, e);
        }
    }
}
