package dev.speckitty.sync.core.queue;

import java.nio.file.Path;

/**
 * Access to the legacy queue {@code <R>/queue.db} (on-disk.md §6.1, §6.7). Never creates the file, never
 * changes its journal mode or schema; the only write is the row delete of the migration.
 */
public interface OpenLegacyQueue {

    /** One existence check of the path (a symbolic link counts as present; opening it is refused). */
    boolean legacyExists(Path legacy);

    /** Opens an existing legacy DB for the migration (read and row-delete; busy_timeout 5000). */
    LegacyQueue openLegacyForMigration(Path legacy) throws QueueStoreException;

    /** Opens an existing legacy DB read-only ({@code mode=ro}, busy_timeout 1000) for the dry run. */
    LegacyQueue openLegacyReadOnly(Path legacy) throws QueueStoreException;
}
