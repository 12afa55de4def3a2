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
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link OpenLegacyQueue} and {@link LegacyQueue}; subclassed for the fake and for SQLite. */
public abstract class LegacyQueueContract {

    @TempDir
    protected Path dir;
    private OpenLegacyQueue legacyQueues;
    private QueueDatabaseFixture fixture;
    private Path legacy;

    protected abstract QueueStoresUnderTest stores();

    @BeforeEach
    void setUp() {
        QueueStoresUnderTest stores = stores();
        legacyQueues = stores.legacyQueues();
        fixture = stores.fixture();
        legacy = dir.resolve("queue.db");
    }

    @Test
    void existence_is_one_check_and_opening_a_missing_file_creates_nothing() {
        assertFalse(legacyQueues.legacyExists(legacy));
        assertThrows(QueueStoreException.class, () -> legacyQueues.openLegacyForMigration(legacy).close());
        assertThrows(QueueStoreException.class, () -> legacyQueues.openLegacyReadOnly(legacy).close());
        assertFalse(fixture.exists(legacy));
        fixture.createLegacy(legacy, List.of());
        assertTrue(legacyQueues.legacyExists(legacy));
    }

    @Test
    void a_file_that_is_not_a_database_fails_with_a_one_line_reason() {
        fixture.createNotADatabase(legacy);
        QueueStoreException e = assertThrows(QueueStoreException.class, () -> {
            try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
                queue.presentTables();
            }
        });
        assertEquals("file is not a database", e.getMessage());
    }

    @Test
    void tables_columns_and_counts_with_absent_tables_empty() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"), event(2, "e2", "T", "{}"))));
        try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
            assertEquals(Set.of(QueueTable.QUEUE), queue.presentTables());
            assertEquals(Rows.QUEUE_COLUMNS, queue.columns(QueueTable.QUEUE));
            assertEquals(List.of(), queue.columns(QueueTable.BODY_UPLOAD_QUEUE));
            assertEquals(2, queue.count(QueueTable.QUEUE));
            assertEquals(0, queue.count(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        }
    }

    @Test
    void batches_read_through_the_column_mapping_and_keep_storage_classes() throws Exception {
        List<String> columns = List.of("id", "project_uuid", "feature_slug", "target_branch", "mission_key",
                "manifest_version", "artifact_path", "content_hash", "content_body", "extra_blob", "extra_real");
        fixture.createLegacy(legacy, List.of(new LegacyTable("body_upload_queue", columns, List.of(
                row("id", 7L, "project_uuid", "p", "feature_slug", "012-m", "target_branch", "main",
                        "mission_key", "software-dev", "manifest_version", "1", "artifact_path", "spec.md",
                        "content_hash", "h", "content_body", "Café →", "extra_blob", new byte[] {0, 1, 2},
                        "extra_real", 1.5)))));
        try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_QUEUE,
                    queue.columns(QueueTable.BODY_UPLOAD_QUEUE));
            List<SnapshotRow> batch = queue.readBatch(QueueTable.BODY_UPLOAD_QUEUE, mapping, Long.MIN_VALUE,
                    BatchLimits.DEFAULT);
            assertEquals(1, batch.size());
            SnapshotRow only = batch.get(0);
            assertEquals(7L, only.rowid());
            assertEquals(CellValue.text("012-m"), only.row().get("mission_slug").orElseThrow());
            assertEquals(CellValue.text("software-dev"), only.row().get("mission_type").orElseThrow());
            assertEquals(CellValue.blob(new byte[] {0, 1, 2}), only.row().get("extra_blob").orElseThrow());
            assertEquals(CellValue.real(1.5), only.row().get("extra_real").orElseThrow());
            assertEquals(CellValue.integer(7), only.row().get("id").orElseThrow());
            assertEquals(CellValue.text("Café →"), only.row().get("content_body").orElseThrow());
            assertFalse(only.row().has("feature_slug"));
        }
    }

    @Test
    void batches_follow_rowid_order_and_stop_at_the_row_limit() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(3, "c", "T", "{}"), event(1, "a", "T", "{}"),
                event(2, "b", "T", "{}"))));
        BatchLimits twoRows = new BatchLimits(2, 1_000_000);
        try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.QUEUE, queue.columns(QueueTable.QUEUE));
            List<SnapshotRow> first = queue.readBatch(QueueTable.QUEUE, mapping, Long.MIN_VALUE, twoRows);
            assertEquals(List.of(1L, 2L), first.stream().map(SnapshotRow::rowid).toList());
            List<SnapshotRow> second = queue.readBatch(QueueTable.QUEUE, mapping, 2, twoRows);
            assertEquals(List.of(3L), second.stream().map(SnapshotRow::rowid).toList());
            assertEquals(List.of(), queue.readBatch(QueueTable.QUEUE, mapping, 3, twoRows));
        }
    }

    @Test
    void a_batch_ends_with_the_row_that_reaches_the_byte_limit_and_holds_at_least_one_row() throws Exception {
        String big = "x".repeat(100);
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "a", "T", big), event(2, "b", "T", big),
                event(3, "c", "T", big))));
        try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.QUEUE, queue.columns(QueueTable.QUEUE));
            long oneRow = queue.readBatch(QueueTable.QUEUE, mapping, Long.MIN_VALUE, new BatchLimits(1, 1_000_000))
                    .get(0).row().snapshotBytes();
            List<SnapshotRow> reaching = queue.readBatch(QueueTable.QUEUE, mapping, Long.MIN_VALUE,
                    new BatchLimits(500, oneRow + 1));
            assertEquals(2, reaching.size());
            List<SnapshotRow> tiny = queue.readBatch(QueueTable.QUEUE, mapping, Long.MIN_VALUE, new BatchLimits(500, 1));
            assertEquals(1, tiny.size());
        }
    }

    @Test
    void delete_removes_only_rows_unchanged_since_the_snapshot_comparing_nulls_safely() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "a", "T", "{}"), event(2, "b", "T", "{}"),
                event(3, "c", "T", "{}"))));
        try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.QUEUE, queue.columns(QueueTable.QUEUE));
            List<SnapshotRow> snapshot = queue.readBatch(QueueTable.QUEUE, mapping, Long.MIN_VALUE, BatchLimits.DEFAULT);
            fixture.updateRow(legacy, "queue", 2, "retry_count", CellValue.integer(5));
            fixture.updateRow(legacy, "queue", 3, "coalesce_key", CellValue.text("k"));
            assertEquals(Set.of(1L), queue.deleteUnchanged(QueueTable.QUEUE, mapping, snapshot));
        }
        assertEquals(List.of("b", "c"), fixture.rows(legacy, "queue").stream()
                .map(r -> ((CellValue.TextCell) r.get("event_id").orElseThrow()).value()).toList());
    }

    @Test
    void delete_compares_real_columns_under_their_legacy_names_and_skips_vanished_rows() throws Exception {
        fixture.createLegacy(legacy, List.of(new LegacyTable("body_upload_queue", Rows.OLD_BODY_COLUMNS, List.of(
                Rows.body(1, "012-m", "spec.md", "a").without("mission_slug").without("mission_type")
                        .with("feature_slug", CellValue.text("012-m")).with("mission_key", CellValue.text("sd")),
                Rows.body(2, "012-m", "plan.md", "b").without("mission_slug").without("mission_type")
                        .with("feature_slug", CellValue.text("012-m")).with("mission_key", CellValue.text("sd"))))));
        try (LegacyQueue queue = legacyQueues.openLegacyForMigration(legacy)) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_QUEUE,
                    queue.columns(QueueTable.BODY_UPLOAD_QUEUE));
            List<SnapshotRow> snapshot = queue.readBatch(QueueTable.BODY_UPLOAD_QUEUE, mapping, Long.MIN_VALUE,
                    BatchLimits.DEFAULT);
            assertEquals(Set.of(1L, 2L), queue.deleteUnchanged(QueueTable.BODY_UPLOAD_QUEUE, mapping, snapshot));
            assertEquals(Set.of(), queue.deleteUnchanged(QueueTable.BODY_UPLOAD_QUEUE, mapping, snapshot));
            assertEquals(0, queue.count(QueueTable.BODY_UPLOAD_QUEUE));
        }
    }

    @Test
    void a_read_only_handle_reads_but_never_deletes() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "a", "T", "{}"))));
        try (LegacyQueue queue = legacyQueues.openLegacyReadOnly(legacy)) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.QUEUE, queue.columns(QueueTable.QUEUE));
            List<SnapshotRow> snapshot = queue.readBatch(QueueTable.QUEUE, mapping, Long.MIN_VALUE, BatchLimits.DEFAULT);
            assertEquals(1, snapshot.size());
            assertThrows(QueueStoreException.class, () -> queue.deleteUnchanged(QueueTable.QUEUE, mapping, snapshot));
        }
        assertEquals(1, fixture.rows(legacy, "queue").size());
    }
}
