package dev.speckitty.sync.core.queue;

import static dev.speckitty.sync.core.testing.Rows.event;
import static dev.speckitty.sync.core.testing.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.LegacyTable;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import dev.speckitty.sync.core.testing.Rows;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link OpenScopedQueue}, {@link ScopedQueue} and {@link ScopedTransaction}. */
public abstract class ScopedQueueContract {

    private static final List<String> QUARANTINE_COLUMNS = List.of("id", "table_name", "stable_key", "reason",
            "legacy_row_json", "scoped_row_json", "quarantined_at");
    private static final List<String> LEDGER_COLUMNS = List.of("table_name", "stable_key", "legacy_row_sha256",
            "outcome", "applied_at");

    @TempDir
    protected Path dir;
    private OpenScopedQueue scopedQueues;
    private QueueDatabaseFixture fixture;
    private Path scoped;

    protected abstract QueueStoresUnderTest stores();

    @BeforeEach
    void setUp() {
        QueueStoresUnderTest stores = stores();
        scopedQueues = stores.scopedQueues();
        fixture = stores.fixture();
        scoped = dir.resolve("queues").resolve("queue-0123456789abcdef.db");
    }

    private static QueueRow insertableEvent(String eventId, String data) {
        return event(1, eventId, "WPCreated", data).without("id");
    }

    @Test
    void opening_for_write_creates_the_file_and_every_table_with_the_exact_columns() throws Exception {
        scopedQueues.openScopedForWrite(scoped).close();
        assertTrue(fixture.exists(scoped));
        assertEquals(Rows.QUEUE_COLUMNS, fixture.columns(scoped, "queue"));
        assertEquals(Rows.BODY_COLUMNS, fixture.columns(scoped, "body_upload_queue"));
        assertEquals(Rows.FAILURE_COLUMNS, fixture.columns(scoped, "body_upload_failure_log"));
        assertEquals(QUARANTINE_COLUMNS, fixture.columns(scoped, "migration_quarantine"));
        assertEquals(LEDGER_COLUMNS, fixture.columns(scoped, "migration_ledger"));
        // idempotent
        scopedQueues.openScopedForWrite(scoped).close();
        assertEquals(Rows.QUEUE_COLUMNS, fixture.columns(scoped, "queue"));
    }

    @Test
    void opening_for_write_adapts_march_era_files_and_keeps_their_rows() throws Exception {
        Path old = dir.resolve("queues").resolve("queue-fedcba9876543210.db");
        fixture.createLegacy(old, List.of(
                new LegacyTable("queue", Rows.OLD_QUEUE_COLUMNS, List.of(event(1, "e1", "T", "{}").without("coalesce_key"))),
                new LegacyTable("body_upload_queue", Rows.OLD_BODY_COLUMNS, List.of(Rows.body(1, "012-m", "spec.md", "b")
                        .without("mission_slug").without("mission_type")
                        .with("feature_slug", CellValue.text("012-m")).with("mission_key", CellValue.text("sd"))))));
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(old)) {
            assertEquals(Rows.QUEUE_COLUMNS, fixture.columns(old, "queue"));
            assertEquals(Rows.BODY_COLUMNS, fixture.columns(old, "body_upload_queue"));
            QueueRow body = queue.findByKey(QueueTable.BODY_UPLOAD_QUEUE, StableKey.of(QueueTable.BODY_UPLOAD_QUEUE,
                    Rows.body(1, "012-m", "spec.md", "b").with("mission_type", CellValue.text("sd")))).orElseThrow();
            assertEquals(CellValue.text("b"), body.get("content_body").orElseThrow());
            QueueRow event = queue.findByKey(QueueTable.QUEUE, StableKey.of(QueueTable.QUEUE, row("event_id", "e1")))
                    .orElseThrow();
            assertEquals(CellValue.NULL, event.get("coalesce_key").orElseThrow());
        }
    }

    @Test
    void a_read_only_open_of_a_missing_file_is_empty_and_creates_nothing() throws Exception {
        assertEquals(Optional.empty(), scopedQueues.openScopedReadOnly(scoped));
        assertFalse(fixture.exists(scoped));
    }

    @Test
    void a_read_only_reader_sees_an_unadapted_file_through_the_mapping() throws Exception {
        fixture.createLegacy(scoped, List.of(new LegacyTable("body_upload_queue", Rows.OLD_BODY_COLUMNS,
                List.of(Rows.body(1, "012-m", "spec.md", "b").without("mission_slug").without("mission_type")
                        .with("feature_slug", CellValue.text("012-m"))
                        .with("mission_key", CellValue.text("software-dev"))))));
        try (ScopedQueueReader reader = scopedQueues.openScopedReadOnly(scoped).orElseThrow()) {
            QueueRow found = reader.findByKey(QueueTable.BODY_UPLOAD_QUEUE, StableKey.of(QueueTable.BODY_UPLOAD_QUEUE,
                    Rows.body(1, "012-m", "spec.md", "b"))).orElseThrow();
            assertEquals(CellValue.text("012-m"), found.get("mission_slug").orElseThrow());
            assertEquals(Optional.empty(), reader.findByKey(QueueTable.QUEUE,
                    StableKey.of(QueueTable.QUEUE, row("event_id", "e1"))));
            assertEquals(List.of(), reader.ledgerEntries());
        }
        assertEquals(Rows.OLD_BODY_COLUMNS, fixture.columns(scoped, "body_upload_queue"));
    }

    @Test
    void inserted_rows_get_new_ids_and_are_found_by_key_with_every_column() throws Exception {
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> {
                assertTrue(tx.insert(QueueTable.QUEUE, insertableEvent("e1", "{\"a\":1}")).wasInserted());
                assertTrue(tx.insert(QueueTable.QUEUE, insertableEvent("e2", "{}")).wasInserted());
                return null;
            });
            QueueRow found = queue.findByKey(QueueTable.QUEUE, StableKey.of(QueueTable.QUEUE, row("event_id", "e2")))
                    .orElseThrow();
            assertEquals(CellValue.integer(2), found.get("id").orElseThrow());
            assertEquals(insertableEvent("e2", "{}"), found.without("id"));
        }
    }

    @Test
    void a_constraint_violation_rejects_only_that_insert() throws Exception {
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> {
                InsertOutcome missingData = tx.insert(QueueTable.QUEUE, insertableEvent("e1", "{}").without("data"));
                assertFalse(missingData.wasInserted());
                assertTrue(missingData.rejection().orElseThrow().contains("NOT NULL"));
                assertTrue(tx.insert(QueueTable.QUEUE, insertableEvent("e2", "{}")).wasInserted());
                assertFalse(tx.insert(QueueTable.QUEUE, insertableEvent("e2", "{}")).wasInserted());
                return null;
            });
        }
        assertEquals(1, fixture.rows(scoped, "queue").size());
    }

    @Test
    void omitted_columns_take_their_defaults() throws Exception {
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> tx.insert(QueueTable.BODY_UPLOAD_QUEUE, Rows.body(1, "m", "spec.md", "b")
                    .without("id").without("hash_algorithm").without("retry_count").without("next_attempt_at")));
        }
        QueueRow stored = fixture.rows(scoped, "body_upload_queue").get(0);
        assertEquals(CellValue.text("sha256"), stored.get("hash_algorithm").orElseThrow());
        assertEquals(CellValue.integer(0), stored.get("retry_count").orElseThrow());
        assertEquals(CellValue.real(0.0), stored.get("next_attempt_at").orElseThrow());
    }

    @Test
    void any_exception_in_the_work_rolls_the_whole_transaction_back() throws Exception {
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            assertThrows(IllegalStateException.class, () -> queue.inTransaction(tx -> {
                tx.insert(QueueTable.QUEUE, insertableEvent("e1", "{}"));
                tx.recordLedger(new LedgerEntry(new LedgerKey(QueueTable.QUEUE, "{}", "d"), RowOutcome.COPIED, "t"));
                throw new IllegalStateException("crash");
            }));
            assertThrows(QueueStoreException.class, () -> queue.inTransaction(tx -> {
                tx.insert(QueueTable.QUEUE, insertableEvent("e1", "{}"));
                throw new QueueStoreException("disk I/O error");
            }));
            assertEquals(List.of(), queue.ledgerEntries());
        }
        assertEquals(List.of(), fixture.rows(scoped, "queue"));
    }

    @Test
    void ledger_entries_are_recorded_read_and_deleted() throws Exception {
        LedgerKey first = new LedgerKey(QueueTable.QUEUE, "{\"event_id\":\"e1\"}", "aa");
        LedgerKey second = new LedgerKey(QueueTable.BODY_UPLOAD_FAILURE_LOG, "{\"rowid\":3}", "bb");
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> {
                tx.recordLedger(new LedgerEntry(first, RowOutcome.COPIED, "2026-05-17T16:42:00+00:00"));
                tx.recordLedger(new LedgerEntry(second, RowOutcome.QUARANTINED, "2026-05-17T16:42:00+00:00"));
                return null;
            });
            assertEquals(Optional.of(new LedgerEntry(second, RowOutcome.QUARANTINED, "2026-05-17T16:42:00+00:00")),
                    queue.ledgerEntry(second));
            assertEquals(List.of(first, second), queue.ledgerEntries().stream().map(LedgerEntry::key).toList());
            queue.inTransaction(tx -> {
                tx.deleteLedger(List.of(first));
                return null;
            });
            assertEquals(Optional.empty(), queue.ledgerEntry(first));
            assertEquals(1, queue.ledgerEntries().size());
        }
    }

    @Test
    void quarantine_is_insert_or_ignore_on_table_key_and_legacy_row() throws Exception {
        QuarantineEntry entry = new QuarantineEntry("queue", "{\"event_id\":\"e1\"}", "divergent_duplicate",
                "2026-05-17T16:42:00+00:00", "{\"data\":\"a\"}", "{\"data\":\"b\"}");
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> {
                tx.quarantine(entry);
                tx.quarantine(new QuarantineEntry("queue", entry.stableKey(), "insert_failed", "later",
                        entry.legacyRowJson(), null));
                tx.quarantine(new QuarantineEntry("queue", entry.stableKey(), "invalid_key", "t", "{}", null));
                return null;
            });
            assertEquals(Optional.of(entry), queue.quarantineEntry(QueueTable.QUEUE, entry.stableKey(),
                    entry.legacyRowJson()));
            assertEquals(Optional.empty(), queue.quarantineEntry(QueueTable.BODY_UPLOAD_QUEUE, entry.stableKey(),
                    entry.legacyRowJson()));
        }
        assertEquals(2, fixture.rows(scoped, "migration_quarantine").size());
    }

    @Test
    void a_failure_log_merge_sets_the_three_counts_of_the_keyed_row() throws Exception {
        QueueRow failure = Rows.failure(1, "notes.md", "namespace_not_found", 2, 100.0, 200.0);
        try (ScopedQueue queue = scopedQueues.openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> tx.insert(QueueTable.BODY_UPLOAD_FAILURE_LOG, failure.without("id")));
            StableKey key = StableKey.of(QueueTable.BODY_UPLOAD_FAILURE_LOG, failure);
            queue.inTransaction(tx -> {
                tx.mergeFailureLog(key, new FailureCounts(CellValue.integer(5), CellValue.real(50.0),
                        CellValue.real(300.5)));
                return null;
            });
            QueueRow merged = queue.findByKey(QueueTable.BODY_UPLOAD_FAILURE_LOG, key).orElseThrow();
            assertEquals(CellValue.integer(5), merged.get("failure_count").orElseThrow());
            assertEquals(CellValue.real(50.0), merged.get("first_failed_at").orElseThrow());
            assertEquals(CellValue.real(300.5), merged.get("last_failed_at").orElseThrow());
            assertEquals(CellValue.integer(10), merged.get("size_bytes").orElseThrow());
        }
    }
}
