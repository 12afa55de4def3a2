package dev.speckitty.sync.core.migration;

import static dev.speckitty.sync.core.testing.Rows.event;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import dev.speckitty.sync.core.testing.Rows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Failure sides the fake can inject and SQLite cannot portably produce. */
class LegacyQueueMigrationTest {

    private static final Path ROOT = Path.of("/r");
    private static final Path LEGACY = ROOT.resolve("queue.db");
    private static final Path SCOPED = ROOT.resolve("queues/queue-0123456789abcdef.db");

    private final InMemoryQueueDatabases fake = new InMemoryQueueDatabases();
    private final RecordingOperatorLog log = new RecordingOperatorLog();
    private final FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");

    @Test
    void a_failing_legacy_delete_is_a_legacy_side_failure_and_a_rerun_finishes_exactly_once() throws Exception {
        fake.createLegacy(LEGACY, List.of(Rows.failures(Rows.failure(1, "n.md", "r", 3, 1.0, 2.0)),
                Rows.queue(event(1, "e1", "T", "{}"))));
        fake.createLegacy(SCOPED, List.of());
        try (var queue = fake.openScopedForWrite(SCOPED)) {
            queue.inTransaction(tx -> tx.insert(QueueTable.BODY_UPLOAD_FAILURE_LOG,
                    Rows.failure(9, "n.md", "r", 2, 1.0, 2.0).without("id")));
        }
        fake.failLegacyDeletes(LEGACY, "attempt to write a readonly database");
        LegacyQueueMigration migration = new LegacyQueueMigration(fake, fake,
                new dev.speckitty.sync.core.testing.InMemoryLockFiles(), clock, log);
        MigrationFailedException e = assertThrows(MigrationFailedException.class, () -> migration.migrate(ROOT, SCOPED));
        assertTrue(e.legacySide());
        assertEquals("/r/queue.db: attempt to write a readonly database", e.getMessage());
        assertEquals(1, fake.rows(SCOPED, "migration_ledger").size(), "applied, not yet deleted");

        fake.healLegacyDeletes(LEGACY);
        MigrationReport report = migration.migrate(ROOT, SCOPED);
        assertEquals(1, report.table(QueueTable.BODY_UPLOAD_FAILURE_LOG).merged());
        assertEquals(dev.speckitty.sync.core.queue.CellValue.integer(5),
                fake.rows(SCOPED, "body_upload_failure_log").get(0).get("failure_count").orElseThrow(),
                "the merge was applied exactly once");
        assertEquals(List.of(), fake.rows(SCOPED, "migration_ledger"));
    }

    @Test
    void a_lock_file_that_cannot_be_created_fails_without_touching_anything() {
        fake.createLegacy(LEGACY, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        LockFiles broken = (root, name) -> {
            throw new UncheckedIOException(new IOException("Read-only file system"));
        };
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> new LegacyQueueMigration(fake, fake, broken, clock, log).migrate(ROOT, SCOPED));
        assertFalse(e.legacySide());
        assertEquals("/r/" + LockName.QUEUE_MIGRATION.fileName() + " could not be opened: Read-only file system",
                e.getMessage());
        assertFalse(fake.exists(SCOPED));
    }
}
