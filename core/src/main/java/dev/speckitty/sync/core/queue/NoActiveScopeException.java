package dev.speckitty.sync.core.queue;

/**
 * {@code NoActiveScope} (on-disk.md §7.1): there is no authenticated identity, so there is no scoped queue.
 * Queue writers never fall back to the legacy queue.
 */
public final class NoActiveScopeException extends Exception {
    private static final long serialVersionUID = 1L;

    public NoActiveScopeException() {
        super("no authenticated identity, so there is no scoped queue");
    }
}
