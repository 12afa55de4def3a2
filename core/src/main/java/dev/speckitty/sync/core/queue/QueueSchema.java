package dev.speckitty.sync.core.queue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of the three queue tables as the DDL of on-disk.md §6.2–§6.4 declares them, as values: which
 * legacy columns are known (everything else is dropped, §6.7) and what an INSERT that omits a column or
 * supplies NULL meets (NOT NULL, DEFAULT).
 */
public final class QueueSchema {

    /** One declared column. {@code defaultValue} is empty when the DDL has no DEFAULT clause. */
    public record Column(String name, boolean notNull, Optional<CellValue> defaultValue) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(defaultValue, "defaultValue");
        }
    }

    public static final String ID = "id";

    private static final List<Column> QUEUE = List.of(
            col(ID, false), col("event_id", true), col("event_type", true), col("data", true),
            col("timestamp", true), new Column("retry_count", false, Optional.of(CellValue.integer(0))),
            col("coalesce_key", false));

    private static final List<Column> BODY_UPLOAD_QUEUE = List.of(
            col(ID, false), col("project_uuid", true), col("mission_slug", true), col("target_branch", true),
            col("mission_type", true), col("manifest_version", true), col("artifact_path", true),
            col("content_hash", true), new Column("hash_algorithm", true, Optional.of(CellValue.text("sha256"))),
            col("content_body", true), col("size_bytes", true),
            new Column("retry_count", true, Optional.of(CellValue.integer(0))),
            new Column("next_attempt_at", true, Optional.of(CellValue.real(0.0))),
            col("created_at", true), col("last_error", false));

    private static final List<Column> BODY_UPLOAD_FAILURE_LOG = List.of(
            col(ID, false), col("project_uuid", true), col("mission_slug", true), col("target_branch", true),
            col("mission_type", true), col("manifest_version", true), col("artifact_path", true),
            col("content_hash", true), new Column("hash_algorithm", true, Optional.of(CellValue.text("sha256"))),
            col("size_bytes", true), col("failure_reason", true),
            new Column("failure_count", true, Optional.of(CellValue.integer(1))),
            col("first_failed_at", true), col("last_failed_at", true));

    private QueueSchema() {
    }

    private static Column col(String name, boolean notNull) {
        return new Column(name, notNull, Optional.empty());
    }

    public static List<Column> columns(QueueTable table) {
        return switch (table) {
            case QUEUE -> QUEUE;
            case BODY_UPLOAD_QUEUE -> BODY_UPLOAD_QUEUE;
            case BODY_UPLOAD_FAILURE_LOG -> BODY_UPLOAD_FAILURE_LOG;
        };
    }

    public static List<String> columnNames(QueueTable table) {
        return columns(table).stream().map(Column::name).toList();
    }

    public static Optional<Column> column(QueueTable table, String name) {
        return columns(table).stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
