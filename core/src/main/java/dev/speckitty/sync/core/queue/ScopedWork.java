package dev.speckitty.sync.core.queue;

/** Work done inside one scoped write transaction. */
@FunctionalInterface
public interface ScopedWork<T> {
    T run(ScopedTransaction transaction) throws QueueStoreException;
}
