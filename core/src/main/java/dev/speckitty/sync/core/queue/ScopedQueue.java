package dev.speckitty.sync.core.queue;

/** A scoped queue DB open for writing, its schema created and adapted (on-disk.md §6.1–§6.7). */
public interface ScopedQueue extends ScopedQueueReader {

    /**
     * Runs {@code work} in one {@code BEGIN IMMEDIATE} transaction and commits it. Any exception thrown by the
     * work (checked or not) rolls the transaction back and propagates unchanged.
     */
    <T> T inTransaction(ScopedWork<T> work) throws QueueStoreException;
}
