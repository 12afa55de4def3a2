package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.QueueRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders for queue rows and legacy tables in tests. */
public final class Rows {

    /** Columns of the mission-era {@code queue} table. */
    public static final List<String> QUEUE_COLUMNS = List.of("id", "event_id", "event_type", "data", "timestamp",
            "retry_count", "coalesce_key");
    /** Columns of the March-era {@code queue} table (no coalesce_key). */
    public static final List<String> OLD_QUEUE_COLUMNS = List.of("id", "event_id", "event_type", "data", "timestamp",
            "retry_count");
    public static final List<String> BODY_COLUMNS = List.of("id", "project_uuid", "mission_slug", "target_branch",
            "mission_type", "manifest_version", "artifact_path", "content_hash", "hash_algorithm", "content_body",
            "size_bytes", "retry_count", "next_attempt_at", "created_at", "last_error");
    /** Columns of the March-era {@code body_upload_queue} (feature_slug / mission_key). */
    public static final List<String> OLD_BODY_COLUMNS = List.of("id", "project_uuid", "feature_slug", "target_branch",
            "mission_key", "manifest_version", "artifact_path", "content_hash", "hash_algorithm", "content_body",
            "size_bytes", "retry_count", "next_attempt_at", "created_at", "last_error");
    public static final List<String> FAILURE_COLUMNS = List.of("id", "project_uuid", "mission_slug", "target_branch",
            "mission_type", "manifest_version", "artifact_path", "content_hash", "hash_algorithm", "size_bytes",
            "failure_reason", "failure_count", "first_failed_at", "last_failed_at");

    private Rows() {
    }

    /** A row from name/value pairs: String → TEXT, Integer/Long → INTEGER, Double → REAL, byte[] → BLOB, null → NULL. */
    public static QueueRow row(Object... namesAndValues) {
        Map<String, CellValue> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], cell(namesAndValues[i + 1]));
        }
        return new QueueRow(values);
    }

    public static CellValue cell(Object value) {
        if (value == null) {
            return CellValue.NULL;
        }
        if (value instanceof CellValue c) {
            return c;
        }
        if (value instanceof String s) {
            return CellValue.text(s);
        }
        if (value instanceof Integer || value instanceof Long) {
            return CellValue.integer(((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return CellValue.real(d);
        }
        if (value instanceof byte[] b) {
            return CellValue.blob(b);
        }
        throw new IllegalArgumentException("no cell for " + value.getClass());
    }

    public static QueueRow event(long id, String eventId, String eventType, String data) {
        return row("id", id, "event_id", eventId, "event_type", eventType, "data", data, "timestamp", 1779091290L + id,
                "retry_count", 0L, "coalesce_key", null);
    }

    public static QueueRow body(long id, String missionSlug, String artifactPath, String contentBody) {
        return row("id", id, "project_uuid", "p-1", "mission_slug", missionSlug, "target_branch", "main",
                "mission_type", "software-dev", "manifest_version", "1", "artifact_path", artifactPath,
                "content_hash", "h-" + contentBody.hashCode(), "hash_algorithm", "sha256", "content_body", contentBody,
                "size_bytes", (long) contentBody.length(), "retry_count", 0L, "next_attempt_at", 0.0,
                "created_at", 1779094800.123456 + id, "last_error", null);
    }

    public static QueueRow failure(long id, String artifactPath, String reason, long count, double first, double last) {
        return row("id", id, "project_uuid", "p-1", "mission_slug", "012-my-mission", "target_branch", "main",
                "mission_type", "software-dev", "manifest_version", "1", "artifact_path", artifactPath,
                "content_hash", "h-" + artifactPath, "hash_algorithm", "sha256", "size_bytes", 10L,
                "failure_reason", reason, "failure_count", count, "first_failed_at", first, "last_failed_at", last);
    }

    public static LegacyTable queue(QueueRow... rows) {
        return new LegacyTable("queue", QUEUE_COLUMNS, List.of(rows));
    }

    public static LegacyTable bodies(QueueRow... rows) {
        return new LegacyTable("body_upload_queue", BODY_COLUMNS, List.of(rows));
    }

    public static LegacyTable failures(QueueRow... rows) {
        return new LegacyTable("body_upload_failure_log", FAILURE_COLUMNS, List.of(rows));
    }
}
