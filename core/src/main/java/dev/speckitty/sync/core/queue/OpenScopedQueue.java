package dev.speckitty.sync.core.queue;

import java.nio.file.Path;
import java.util.Optional;

/** Access to a scoped queue DB {@code <R>/queues/queue-<h>.db}. */
public interface OpenScopedQueue {

    /**
     * Opens for writing: creates {@code queues/} (0700) and the file (0600) when missing, switches it to WAL,
     * and creates and adapts the schema in one transaction (on-disk.md §6.1–§6.7).
     */
    ScopedQueue openScopedForWrite(Path scoped) throws QueueStoreException;

    /**
     * Opens an existing file read-only ({@code mode=ro}, busy_timeout 1000, no DDL); empty when the file does
     * not exist. Reads go through the column mapping, so an unadapted file reads like an adapted one.
     */
    Optional<ScopedQueueReader> openScopedReadOnly(Path scoped) throws QueueStoreException;
}
