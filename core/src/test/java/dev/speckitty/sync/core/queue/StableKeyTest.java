package dev.speckitty.sync.core.queue;

import static dev.speckitty.sync.core.testing.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.Rows;
import org.junit.jupiter.api.Test;

class StableKeyTest {

    @Test
    void key_json_keeps_key_column_order() {
        StableKey key = StableKey.of(QueueTable.BODY_UPLOAD_FAILURE_LOG,
                Rows.failure(1, "notes.md", "unexpected_status: 413", 1, 0.0, 0.0));
        assertEquals("{\"project_uuid\":\"p-1\",\"mission_slug\":\"012-my-mission\",\"target_branch\":\"main\","
                + "\"mission_type\":\"software-dev\",\"manifest_version\":\"1\",\"artifact_path\":\"notes.md\","
                + "\"content_hash\":\"h-notes.md\",\"failure_reason\":\"unexpected_status: 413\"}", key.json());
        assertTrue(key.complete());
    }

    @Test
    void the_example_of_the_contract() {
        StableKey key = StableKey.of(QueueTable.QUEUE, row("event_id", "01J2Z3Y4X5W6V7T8S9R0QPNMKJ", "data", "{}"));
        assertEquals("{\"event_id\":\"01J2Z3Y4X5W6V7T8S9R0QPNMKJ\"}", key.json());
        assertEquals("event_id='e1'", StableKey.of(QueueTable.QUEUE, row("event_id", "e1")).logRendering());
    }

    @Test
    void log_rendering_escapes_quotes_backslashes_and_controls_and_renders_null_and_numbers() {
        assertEquals("event_id='it\\'s a \\\\ path\\u000a'",
                StableKey.of(QueueTable.QUEUE, row("event_id", "it's a \\ path\n")).logRendering());
        StableKey missing = StableKey.of(QueueTable.QUEUE, row("data", "{}"));
        assertEquals("event_id=NULL", missing.logRendering());
        assertEquals("{\"event_id\":null}", missing.json());
        assertFalse(missing.complete());
        assertEquals("event_id=42", StableKey.of(QueueTable.QUEUE, row("event_id", 42L)).logRendering());
    }

    @Test
    void long_text_is_cut_in_log_lines_but_not_in_key_json() {
        String id = "x".repeat(250);
        StableKey key = StableKey.of(QueueTable.QUEUE, row("event_id", id));
        assertEquals("event_id='" + "x".repeat(200) + "…'", key.logRendering());
        assertTrue(key.json().contains(id));
    }

    @Test
    void a_rowid_key_for_schema_incompatible_rows() {
        StableKey key = StableKey.ofRowid(12);
        assertEquals("{\"rowid\":12}", key.json());
        assertEquals("rowid=12", key.logRendering());
        assertTrue(key.rowidKey());
    }
}
