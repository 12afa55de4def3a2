package dev.speckitty.sync.core.queue;

import java.util.List;

/** The three queue tables, in migration order, with their stable keys (on-disk.md §6.8). */
public enum QueueTable {
    QUEUE("queue", List.of("event_id")),
    BODY_UPLOAD_QUEUE("body_upload_queue", List.of("project_uuid", "mission_slug", "target_branch",
            "mission_type", "manifest_version", "artifact_path", "content_hash")),
    BODY_UPLOAD_FAILURE_LOG("body_upload_failure_log", List.of("project_uuid", "mission_slug", "target_branch",
            "mission_type", "manifest_version", "artifact_path", "content_hash", "failure_reason"));

    private final String tableName;
    private final List<String> keyColumns;

    QueueTable(String tableName, List<String> keyColumns) {
        this.tableName = tableName;
        this.keyColumns = keyColumns;
    }

    public String tableName() {
        return tableName;
    }

    public List<String> keyColumns() {
        return keyColumns;
    }
}
