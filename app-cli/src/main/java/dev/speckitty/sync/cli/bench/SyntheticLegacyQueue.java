package dev.speckitty.sync.cli.bench;

import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.InsertOutcome;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.ScopedQueue;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a synthetic queue of {@code events} events and {@code uploads} body uploads into a file with the
 * queue DDL (on-disk.md §6.2–§6.4, the mission-era schema a legacy {@code queue.db} has too), through the
 * scoped queue port's insert. The bench then copies the file to {@code <tmp R>/queue.db}. The content is
 * deterministic, so every run migrates the same bytes.
 */
final class SyntheticLegacyQueue {

    /** Rows per seeding transaction: large enough to be quick, small enough to keep the heap flat. */
    private static final int ROWS_PER_TRANSACTION = 2_000;
    private static final String EVENT_DATA_FILLER = "x".repeat(160);
    private static final String BODY_FILLER = "Synthetic artifact line for the migration bench.\n".repeat(20);

    private SyntheticLegacyQueue() {
    }

    static void write(OpenScopedQueue queues, Path file, int events, int uploads) throws QueueStoreException {
        try (ScopedQueue queue = queues.openScopedForWrite(file)) {
            insert(queue, QueueTable.QUEUE, events);
            insert(queue, QueueTable.BODY_UPLOAD_QUEUE, uploads);
        }
    }

    private static void insert(ScopedQueue queue, QueueTable table, int count) throws QueueStoreException {
        for (int start = 0; start < count; start += ROWS_PER_TRANSACTION) {
            int from = start;
            int to = Math.min(count, start + ROWS_PER_TRANSACTION);
            queue.inTransaction(tx -> {
                for (int i = from; i < to; i++) {
                    InsertOutcome outcome = tx.insert(table, table == QueueTable.QUEUE ? event(i) : upload(i));
                    if (!outcome.wasInserted()) {
                        throw new QueueStoreException("seeding " + table.tableName() + " row " + i + " was rejected: "
                                + outcome.rejection().orElseThrow());
                    }
                }
                return null;
            });
        }
    }

    private static QueueRow event(int i) {
        Map<String, CellValue> row = new LinkedHashMap<>();
        row.put("event_id", CellValue.text(String.format("bench-event-%08d", i)));
        row.put("event_type", CellValue.text(i % 3 == 0 ? "MissionCreated" : "WPStatusChanged"));
        row.put("data", CellValue.text("{\"sequence\":" + i + ",\"mission_slug\":\"bench-mission-" + (i % 50)
                + "\",\"note\":\"" + EVENT_DATA_FILLER + "\"}"));
        row.put("timestamp", CellValue.integer(1_780_000_000L + i));
        row.put("retry_count", CellValue.integer(i % 4));
        row.put("coalesce_key", i % 5 == 0 ? CellValue.text("bench-coalesce-" + i) : CellValue.NULL);
        return QueueRow.of(row);
    }

    private static QueueRow upload(int i) {
        String body = "# Artifact " + i + "\n" + BODY_FILLER;
        Map<String, CellValue> row = new LinkedHashMap<>();
        row.put("project_uuid", CellValue.text("00000000-0000-4000-8000-00000000b0b0"));
        row.put("mission_slug", CellValue.text("bench-mission-" + (i % 50)));
        row.put("target_branch", CellValue.text("main"));
        row.put("mission_type", CellValue.text("software-dev"));
        row.put("manifest_version", CellValue.text("1"));
        row.put("artifact_path", CellValue.text("kitty-specs/bench-mission-" + (i % 50) + "/artifact-" + i + ".md"));
        row.put("content_hash", CellValue.text(String.format("%064x", i)));
        row.put("hash_algorithm", CellValue.text("sha256"));
        row.put("content_body", CellValue.text(body));
        row.put("size_bytes", CellValue.integer(body.length()));
        row.put("retry_count", CellValue.integer(0));
        row.put("next_attempt_at", CellValue.real(0.0));
        row.put("created_at", CellValue.real(1_780_000_000.5 + i));
        row.put("last_error", CellValue.NULL);
        return QueueRow.of(row);
    }
}
