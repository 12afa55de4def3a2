package dev.speckitty.sync.core.queue;

import static dev.speckitty.sync.core.testing.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.Rows;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {

    @Test
    void march_era_body_columns_are_renamed() {
        ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_QUEUE, Rows.OLD_BODY_COLUMNS);
        assertEquals("feature_slug", mapping.legacyName("mission_slug"));
        assertEquals("mission_key", mapping.legacyName("mission_type"));
        assertEquals(List.of(), mapping.droppedColumns());
        assertFalse(mapping.schemaIncompatible());
    }

    @Test
    void an_old_name_next_to_the_new_one_is_not_renamed_but_dropped() {
        ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_QUEUE,
                List.of("project_uuid", "mission_slug", "feature_slug", "target_branch", "mission_type",
                        "manifest_version", "artifact_path", "content_hash"));
        assertEquals("mission_slug", mapping.legacyName("mission_slug"));
        assertEquals(List.of("feature_slug"), mapping.droppedColumns());
    }

    @Test
    void the_renames_apply_only_to_body_tables() {
        ColumnMapping mapping = ColumnMapping.of(QueueTable.QUEUE, List.of("event_id", "feature_slug"));
        assertEquals(List.of("feature_slug"), mapping.droppedColumns());
    }

    @Test
    void a_missing_key_column_makes_the_table_schema_incompatible() {
        ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_FAILURE_LOG, Rows.BODY_COLUMNS);
        assertTrue(mapping.schemaIncompatible());
        assertEquals(List.of("failure_reason"), mapping.missingKeyColumns());
        assertEquals(List.of("content_body", "retry_count", "next_attempt_at", "created_at", "last_error"),
                mapping.droppedColumns());
    }

    @Test
    void a_missing_coalesce_key_reads_as_null_and_is_not_inserted() {
        ColumnMapping mapping = ColumnMapping.of(QueueTable.QUEUE, List.of("id", "event_id", "data", "extra"));
        QueueRow snapshot = row("id", 3L, "event_id", "e", "data", "{}", "extra", "x");
        assertEquals(row("id", 3L, "event_id", "e", "data", "{}", "extra", "x", "coalesce_key", null),
                mapping.readView(snapshot));
        assertEquals(row("event_id", "e", "data", "{}"), mapping.insertable(snapshot));
        assertEquals(List.of("extra"), mapping.droppedColumns());
    }

    @Test
    void batch_limits_take_at_least_one_row_and_stop_at_either_limit() {
        BatchLimits limits = new BatchLimits(3, 100);
        assertFalse(limits.full(0, 1_000));
        assertFalse(limits.full(2, 99));
        assertTrue(limits.full(1, 100));
        assertTrue(limits.full(3, 0));
        assertEquals(new BatchLimits(500, 16_777_216), BatchLimits.DEFAULT);
    }
}
