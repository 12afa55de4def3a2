package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;

/**
 * The one public entry of the SQLite adapter: factories for the queue ports, with the connection settings of
 * on-disk.md §6.1 (busy_timeout 5000 for write-capable connections, 1000 for read-only ones).
 */
public final class SqliteAdapters {

    private SqliteAdapters() {
    }

    /** The legacy queue {@code <R>/queue.db}: existence check, migration access, read-only access. */
    public static OpenLegacyQueue legacyQueues() {
        return new SqliteLegacyQueues(Sql.WRITE_BUSY_TIMEOUT_MILLIS, Sql.READ_ONLY_BUSY_TIMEOUT_MILLIS);
    }

    /** Scoped queue DBs: open for writing (created 0600, WAL, schema applied) or read-only. */
    public static OpenScopedQueue scopedQueues() {
        return new SqliteScopedQueues(Sql.WRITE_BUSY_TIMEOUT_MILLIS, Sql.READ_ONLY_BUSY_TIMEOUT_MILLIS);
    }

    /** Read-only counts, stranded-mission check and quarantine listing for reports. */
    public static InspectQueues inspectQueues() {
        return new SqliteQueueInspector(Sql.READ_ONLY_BUSY_TIMEOUT_MILLIS);
    }

    /** Enqueue events and body uploads into a scoped DB (on-disk.md §6.9). */
    public static EnqueueToQueue enqueueToQueue() {
        return new SqliteEnqueue(Sql.WRITE_BUSY_TIMEOUT_MILLIS);
    }
}
