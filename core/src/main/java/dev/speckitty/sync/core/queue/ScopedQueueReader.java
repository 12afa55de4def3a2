package dev.speckitty.sync.core.queue;

/** A scoped queue DB open for reading. */
public interface ScopedQueueReader extends ScopedReads, AutoCloseable {
    @Override
    void close();
}
