package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.QueueStoreException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/** The exact DDL of on-disk.md §6.2–§6.6 and the adaptation of §6.7, applied to a scoped DB opened for writing. */
final class ScopedSchema {

    static final String QUEUE = """
            CREATE TABLE IF NOT EXISTS queue (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                event_id TEXT UNIQUE NOT NULL,
                event_type TEXT NOT NULL,
                data TEXT NOT NULL,
                timestamp INTEGER NOT NULL,
                retry_count INTEGER DEFAULT 0,
                coalesce_key TEXT
            )""";
    static final List<String> QUEUE_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS idx_timestamp ON queue(timestamp)",
            "CREATE INDEX IF NOT EXISTS idx_retry ON queue(retry_count)",
            "CREATE INDEX IF NOT EXISTS idx_coalesce_key ON queue(coalesce_key)");

    static final String BODY_UPLOAD_QUEUE = """
            CREATE TABLE IF NOT EXISTS body_upload_queue (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_uuid TEXT NOT NULL,
                mission_slug TEXT NOT NULL,
                target_branch TEXT NOT NULL,
                mission_type TEXT NOT NULL,
                manifest_version TEXT NOT NULL,
                artifact_path TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                hash_algorithm TEXT NOT NULL DEFAULT 'sha256',
                content_body TEXT NOT NULL,
                size_bytes INTEGER NOT NULL,
                retry_count INTEGER NOT NULL DEFAULT 0,
                next_attempt_at REAL NOT NULL DEFAULT 0.0,
                created_at REAL NOT NULL,
                last_error TEXT,
                UNIQUE(project_uuid, mission_slug, target_branch, mission_type, manifest_version, artifact_path, content_hash)
            )""";
    static final List<String> BODY_UPLOAD_QUEUE_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS idx_body_queue_next_attempt ON body_upload_queue(next_attempt_at)",
            "CREATE INDEX IF NOT EXISTS idx_body_queue_namespace ON body_upload_queue(project_uuid, mission_slug, target_branch)");

    static final String BODY_UPLOAD_FAILURE_LOG = """
            CREATE TABLE IF NOT EXISTS body_upload_failure_log (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                project_uuid TEXT NOT NULL,
                mission_slug TEXT NOT NULL,
                target_branch TEXT NOT NULL,
                mission_type TEXT NOT NULL,
                manifest_version TEXT NOT NULL,
                artifact_path TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                hash_algorithm TEXT NOT NULL DEFAULT 'sha256',
                size_bytes INTEGER NOT NULL,
                failure_reason TEXT NOT NULL,
                failure_count INTEGER NOT NULL DEFAULT 1,
                first_failed_at REAL NOT NULL,
                last_failed_at REAL NOT NULL,
                UNIQUE(project_uuid, mission_slug, target_branch, mission_type, manifest_version, artifact_path, content_hash, failure_reason)
            )""";
    static final List<String> BODY_UPLOAD_FAILURE_LOG_INDEXES = List.of(
            "CREATE INDEX IF NOT EXISTS idx_body_failure_last_failed_at ON body_upload_failure_log(last_failed_at DESC)");

    static final String MIGRATION_QUARANTINE = """
            CREATE TABLE IF NOT EXISTS migration_quarantine (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                table_name TEXT NOT NULL,
                stable_key TEXT NOT NULL,
                reason TEXT NOT NULL,
                legacy_row_json TEXT NOT NULL,
                scoped_row_json TEXT,
                quarantined_at TEXT NOT NULL,
                UNIQUE(table_name, stable_key, legacy_row_json)
            )""";
    static final String MIGRATION_QUARANTINE_INDEX =
            "CREATE INDEX IF NOT EXISTS idx_migration_quarantine_key ON migration_quarantine(table_name, stable_key)";

    static final String MIGRATION_LEDGER = """
            CREATE TABLE IF NOT EXISTS migration_ledger (
                table_name TEXT NOT NULL,
                stable_key TEXT NOT NULL,
                legacy_row_sha256 TEXT NOT NULL,
                outcome TEXT NOT NULL,
                applied_at TEXT NOT NULL,
                PRIMARY KEY (table_name, stable_key, legacy_row_sha256)
            )""";

    private ScopedSchema() {
    }

    /**
     * Switches the file to WAL (outside any transaction, as SQLite requires), then creates and adapts the
     * schema in one {@code BEGIN IMMEDIATE} transaction. Idempotent.
     */
    static void apply(Connection connection) throws QueueStoreException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode=WAL")) {
                String journalMode = mode.next() ? mode.getString(1) : "";
                if (!"wal".equals(journalMode.toLowerCase(Locale.ROOT))) {
                    throw new QueueStoreException("could not switch to WAL journal mode (got " + journalMode + ")");
                }
            }
            Sql.inImmediateTransaction(connection, () -> {
                statement.execute(QUEUE);
                if (!Sql.columns(connection, "queue").contains("coalesce_key")) {
                    statement.execute("ALTER TABLE queue ADD COLUMN coalesce_key TEXT");
                }
                execute(statement, QUEUE_INDEXES);
                statement.execute(BODY_UPLOAD_QUEUE);
                renamePreAprilColumns(connection, statement, "body_upload_queue");
                execute(statement, BODY_UPLOAD_QUEUE_INDEXES);
                statement.execute(BODY_UPLOAD_FAILURE_LOG);
                renamePreAprilColumns(connection, statement, "body_upload_failure_log");
                execute(statement, BODY_UPLOAD_FAILURE_LOG_INDEXES);
                statement.execute(MIGRATION_QUARANTINE);
                statement.execute(MIGRATION_QUARANTINE_INDEX);
                statement.execute(MIGRATION_LEDGER);
                return null;
            });
        } catch (QueueStoreException e) {
            throw e;
        } catch (Exception e) {
            throw Sql.failure(e);
        }
    }

    private static void execute(Statement statement, List<String> ddl) throws SQLException {
        for (String sql : ddl) {
            statement.execute(sql);
        }
    }

    /** {@code feature_slug}/{@code mission_key} of releases before April 2026 → {@code mission_slug}/{@code mission_type}. */
    private static void renamePreAprilColumns(Connection connection, Statement statement, String table)
            throws SQLException {
        List<String> columns = Sql.columns(connection, table);
        if (columns.contains("feature_slug") && !columns.contains("mission_slug")) {
            statement.execute("ALTER TABLE " + table + " RENAME COLUMN feature_slug TO mission_slug");
        }
        if (columns.contains("mission_key") && !columns.contains("mission_type")) {
            statement.execute("ALTER TABLE " + table + " RENAME COLUMN mission_key TO mission_type");
        }
    }
}
