package dev.speckitty.sync.core.queue;

import java.nio.file.Path;
import java.util.List;

/**
 * Writes rows into a scoped queue DB with the enqueue semantics of on-disk.md §6.9. The path must come from
 * {@link QueueLocator}; the DB is opened for writing (created 0600, WAL, schema applied). Each row is its own
 * {@code BEGIN IMMEDIATE} transaction.
 */
public interface EnqueueToQueue {

    /** Coalesce / same-event_id no-op / cap with FIFO eviction / insert, per event, in order. */
    List<EventEnqueueResult> enqueueEvents(Path scoped, List<QueuedEvent> events, long cap)
            throws QueueStoreException;

    /** {@code INSERT OR IGNORE} per upload, in order; {@code queue_full} when the table holds {@code cap} rows. */
    List<BodyUploadOutcome> enqueueBodyUploads(Path scoped, List<BodyUpload> uploads, long cap)
            throws QueueStoreException;
}
