package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.BodyUpload;
import dev.speckitty.sync.core.queue.BodyUploadOutcome;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.EventEnqueueResult;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueuedEvent;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Enqueue into a scoped DB with the semantics of on-disk.md §6.9, one BEGIN IMMEDIATE transaction per row. */
final class SqliteEnqueue implements EnqueueToQueue {

    private final int busyTimeoutMillis;

    SqliteEnqueue(int busyTimeoutMillis) {
        this.busyTimeoutMillis = busyTimeoutMillis;
    }

    @Override
    public List<EventEnqueueResult> enqueueEvents(Path scoped, List<QueuedEvent> events, long cap)
            throws QueueStoreException {
        return eachInItsOwnTransaction(scoped, events, (connection, event) -> enqueue(connection, event, cap));
    }

    /** One write per item, each in its own BEGIN IMMEDIATE transaction on one connection to the scoped DB. */
    private <T, R> List<R> eachInItsOwnTransaction(Path scoped, List<T> items, RowWrite<T, R> write)
            throws QueueStoreException {
        List<R> results = new ArrayList<>();
        Connection connection = SqliteScopedQueues.openForWrite(scoped, busyTimeoutMillis);
        try {
            for (T item : items) {
                results.add(Sql.inImmediateTransaction(connection, () -> write.apply(connection, item)));
            }
            return results;
        } catch (QueueStoreException e) {
            throw e;
        } catch (Exception e) {
            throw Sql.failure(e);
        } finally {
            SqliteScopedQueues.closeQuietly(connection);
        }
    }

    @FunctionalInterface
    private interface RowWrite<T, R> {
        R apply(Connection connection, T item) throws SQLException;
    }

    private static EventEnqueueResult enqueue(Connection connection, QueuedEvent event, long cap) throws SQLException {
        if (event.coalesceKey().isPresent()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE queue SET event_id = ?, data = ?, "
                    + "timestamp = ? WHERE id = (SELECT id FROM queue WHERE coalesce_key = ? ORDER BY id LIMIT 1)")) {
                update.setString(1, event.eventId());
                update.setString(2, event.data());
                update.setLong(3, event.timestamp());
                update.setString(4, event.coalesceKey().get());
                if (update.executeUpdate() > 0) {
                    return new EventEnqueueResult(EventEnqueueResult.Outcome.COALESCED, 0, cap);
                }
            }
        }
        try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM queue WHERE event_id = ?")) {
            exists.setString(1, event.eventId());
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return new EventEnqueueResult(EventEnqueueResult.Outcome.ALREADY_QUEUED, 0, cap);
                }
            }
        }
        long count = Sql.count(connection, "queue");
        long evicted = 0;
        if (count >= cap) {
            try (PreparedStatement evict = connection.prepareStatement("DELETE FROM queue WHERE id IN "
                    + "(SELECT id FROM queue ORDER BY timestamp, id LIMIT ?)")) {
                evict.setLong(1, count - cap + 1);
                evicted = evict.executeUpdate();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO queue (event_id, event_type, data, "
                + "timestamp, retry_count, coalesce_key) VALUES (?, ?, ?, ?, 0, ?)")) {
            insert.setString(1, event.eventId());
            insert.setString(2, event.eventType());
            insert.setString(3, event.data());
            insert.setLong(4, event.timestamp());
            insert.setString(5, event.coalesceKey().orElse(null));
            insert.executeUpdate();
        }
        return new EventEnqueueResult(EventEnqueueResult.Outcome.ENQUEUED, evicted, cap);
    }

    @Override
    public List<BodyUploadOutcome> enqueueBodyUploads(Path scoped, List<BodyUpload> uploads, long cap)
            throws QueueStoreException {
        return eachInItsOwnTransaction(scoped, uploads, (connection, upload) -> enqueue(connection, upload, cap));
    }

    private static BodyUploadOutcome enqueue(Connection connection, BodyUpload upload, long cap) throws SQLException {
        if (Sql.count(connection, "body_upload_queue") >= cap) {
            return BodyUploadOutcome.QUEUE_FULL;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT OR IGNORE INTO body_upload_queue "
                + "(project_uuid, mission_slug, target_branch, mission_type, manifest_version, artifact_path, "
                + "content_hash, hash_algorithm, content_body, size_bytes, retry_count, next_attempt_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0.0, ?)")) {
            insert.setString(1, upload.projectUuid());
            insert.setString(2, upload.missionSlug());
            insert.setString(3, upload.targetBranch());
            insert.setString(4, upload.missionType());
            insert.setString(5, upload.manifestVersion());
            insert.setString(6, upload.artifactPath());
            insert.setString(7, upload.contentHash());
            insert.setString(8, upload.hashAlgorithm());
            insert.setString(9, upload.contentBody());
            insert.setLong(10, upload.sizeBytes());
            insert.setDouble(11, upload.createdAt());
            return insert.executeUpdate() == 1 ? BodyUploadOutcome.ENQUEUED : BodyUploadOutcome.ALREADY_QUEUED;
        }
    }
}
