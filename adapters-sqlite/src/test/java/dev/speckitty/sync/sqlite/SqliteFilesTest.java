package dev.speckitty.sync.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.queue.BodyUpload;
import dev.speckitty.sync.core.queue.BodyUploadOutcome;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.Rows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What only the real files show: modes, WAL, exact DDL text, adaptation of reference files, locks. */
class SqliteFilesTest {

    @TempDir
    Path root;
    private final SqliteFixture fixture = new SqliteFixture();

    private static String single(Path db, String sql) throws Exception {
        try (Connection connection = SqliteFixture.connect(db); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void a_new_scoped_queue_is_0600_in_0700_directories_and_in_wal_mode() throws Exception {
        Path home = root.resolve("home");
        Path scoped = home.resolve("queues").resolve("queue-0123456789abcdef.db");
        SqliteAdapters.scopedQueues().openScopedForWrite(scoped).close();
        assertEquals("rw-------", mode(scoped));
        assertEquals("rwx------", mode(scoped.getParent()));
        assertEquals("rwx------", mode(home));
        assertEquals("wal", single(scoped, "PRAGMA journal_mode"));
    }

    @Test
    void an_existing_directory_keeps_its_mode() throws Exception {
        Path queues = Files.createDirectory(root.resolve("queues"));
        Files.setPosixFilePermissions(queues, PosixFilePermissions.fromString("rwxr-x---"));
        SqliteAdapters.scopedQueues().openScopedForWrite(queues.resolve("queue-0123456789abcdef.db")).close();
        assertEquals("rwxr-x---", mode(queues));
    }

    @Test
    void the_stored_ddl_is_the_contract_text() throws Exception {
        Path scoped = root.resolve("queues").resolve("q.db");
        SqliteAdapters.scopedQueues().openScopedForWrite(scoped).close();
        for (String[] table : new String[][] {{"queue", ScopedSchema.QUEUE}, {"body_upload_queue",
                ScopedSchema.BODY_UPLOAD_QUEUE}, {"body_upload_failure_log", ScopedSchema.BODY_UPLOAD_FAILURE_LOG},
                {"migration_quarantine", ScopedSchema.MIGRATION_QUARANTINE},
                {"migration_ledger", ScopedSchema.MIGRATION_LEDGER}}) {
            assertEquals(table[1].replace(" IF NOT EXISTS", ""),
                    single(scoped, "SELECT sql FROM sqlite_master WHERE name = '" + table[0] + "'"));
        }
        assertTrue(ScopedSchema.QUEUE.contains("\n    event_id TEXT UNIQUE NOT NULL,\n"));
        assertEquals("CREATE INDEX idx_body_failure_last_failed_at ON body_upload_failure_log(last_failed_at DESC)",
                single(scoped, "SELECT sql FROM sqlite_master WHERE name = 'idx_body_failure_last_failed_at'"));
    }

    @Test
    void reference_scoped_files_open_and_gain_only_the_migration_tables() throws Exception {
        for (String name : List.of("scoped-queue-me.db", "scoped-queue-me-born-by-migration.db")) {
            Path scoped = SharedFixtures.copy(name, root.resolve("queues").resolve(name));
            List<String> queueColumns = fixture.columns(scoped, "queue");
            String queueDdl = single(scoped, "SELECT sql FROM sqlite_master WHERE name = 'queue'");
            SqliteAdapters.scopedQueues().openScopedForWrite(scoped).close();
            assertEquals(queueColumns, fixture.columns(scoped, "queue"));
            assertEquals(queueDdl, single(scoped, "SELECT sql FROM sqlite_master WHERE name = 'queue'"));
            assertTrue(fixture.tables(scoped).containsAll(List.of("migration_quarantine", "migration_ledger")));
            assertEquals("wal", single(scoped, "PRAGMA journal_mode"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy-queue-old.db", "legacy-queue-old-opened-by-me.db"})
    void a_march_era_file_opened_as_a_scoped_queue_is_adapted_and_accepts_body_uploads(String name) throws Exception {
        Path scoped = SharedFixtures.copy(name, root.resolve("queues").resolve("q.db"));
        SqliteAdapters.scopedQueues().openScopedForWrite(scoped).close();
        assertEquals(Rows.QUEUE_COLUMNS, fixture.columns(scoped, "queue"));
        assertEquals(Rows.BODY_COLUMNS, fixture.columns(scoped, "body_upload_queue"));
        assertEquals(Rows.FAILURE_COLUMNS, fixture.columns(scoped, "body_upload_failure_log"));
        assertEquals(30, fixture.rows(scoped, "queue").size());
        assertEquals(12, fixture.rows(scoped, "body_upload_queue").size());
        assertEquals("CREATE INDEX idx_body_queue_namespace ON body_upload_queue(project_uuid, mission_slug, target_branch)",
                single(scoped, "SELECT sql FROM sqlite_master WHERE name = 'idx_body_queue_namespace'"));
        assertEquals("idx_coalesce_key", single(scoped, "SELECT name FROM sqlite_master WHERE name = 'idx_coalesce_key'"));
        // the era's own code failed here with "table body_upload_queue has no column named mission_slug"
        assertEquals(List.of(BodyUploadOutcome.ENQUEUED), SqliteAdapters.enqueueToQueue().enqueueBodyUploads(scoped,
                List.of(new BodyUpload("p", "012-my-mission", "main", "software-dev", "1", "new.md", "h", "sha256",
                        "text", 4, 1.5)), 100_000));
    }

    @Test
    void a_migration_never_changes_the_legacy_journal_mode_or_schema() throws Exception {
        Path legacy = SharedFixtures.copy("legacy-queue-me.db", root.resolve("queue.db"));
        String schema = single(legacy, "SELECT group_concat(sql, ';') FROM sqlite_master");
        new MigrationHarness(new SqliteStores()).migration().migrate(root, root.resolve("queues").resolve("q.db"));
        assertEquals("delete", single(legacy, "PRAGMA journal_mode"));
        assertEquals(schema, single(legacy, "SELECT group_concat(sql, ';') FROM sqlite_master"));
        assertFalse(Files.exists(root.resolve("queue.db-wal")));
    }

    @Test
    void symbolic_links_are_refused_where_queue_files_should_be() throws Exception {
        Path real = SharedFixtures.copy("scoped-queue-me.db", root.resolve("elsewhere.db"));
        Path link = Files.createSymbolicLink(Files.createDirectories(root.resolve("queues")).resolve("q.db"), real);
        QueueStoreException scoped = assertThrows(QueueStoreException.class,
                () -> SqliteAdapters.scopedQueues().openScopedForWrite(link));
        assertTrue(scoped.getMessage().endsWith("is a symbolic link; refusing to open it"));
        Path legacyLink = Files.createSymbolicLink(root.resolve("queue.db"), real);
        assertTrue(SqliteAdapters.legacyQueues().legacyExists(legacyLink));
        assertThrows(QueueStoreException.class, () -> SqliteAdapters.legacyQueues().openLegacyForMigration(legacyLink));
    }

    @Test
    void a_scoped_write_waits_for_a_concurrent_writer_then_fails_with_a_reason() throws Exception {
        Path scoped = root.resolve("queues").resolve("q.db");
        SqliteAdapters.scopedQueues().openScopedForWrite(scoped).close();
        try (Connection other = SqliteFixture.connect(scoped); Statement statement = other.createStatement();
             ScopedQueue queue = new SqliteScopedQueues(100, 100).openScopedForWrite(scoped)) {
            statement.execute("BEGIN IMMEDIATE");
            QueueStoreException e = assertThrows(QueueStoreException.class, () -> queue.inTransaction(tx ->
                    tx.insert(QueueTable.QUEUE, Rows.event(1, "e", "T", "{}").without("id"))));
            assertEquals("database is locked", e.getMessage());
            statement.execute("ROLLBACK");
            queue.inTransaction(tx -> tx.insert(QueueTable.QUEUE, Rows.event(1, "e", "T", "{}").without("id")));
        }
        assertEquals(1, fixture.rows(scoped, "queue").size());
    }
}
