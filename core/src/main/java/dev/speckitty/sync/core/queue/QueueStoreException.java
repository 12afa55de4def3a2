package dev.speckitty.sync.core.queue;

/**
 * A queue DB could not be opened, read or written. The message is one line fit for an operator (for
 * example {@code file is not a database}); it never carries row payloads.
 */
public final class QueueStoreException extends Exception {
    private static final long serialVersionUID = 1L;

    public QueueStoreException(String reason) {
        super(reason);
    }

    public QueueStoreException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
