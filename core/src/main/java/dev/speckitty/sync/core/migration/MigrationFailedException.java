package dev.speckitty.sync.core.migration;

/**
 * The migration could not complete. {@code legacySide} tells a legacy-side failure (L cannot be opened, read
 * or row-deleted), which {@code default_queue_db_path()} only warns about, from a scoped-side failure, which
 * propagates (on-disk.md §7.1). Committed batches stay committed.
 */
public final class MigrationFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean legacySide;

    public MigrationFailedException(String reason, boolean legacySide, Throwable cause) {
        super(reason, cause);
        this.legacySide = legacySide;
    }

    public boolean legacySide() {
        return legacySide;
    }
}
