package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.queue.QueueTable;

/**
 * Observer of the migration's crash points. Production uses {@link #NONE}; crash tests inject one that throws
 * (in-process) or announces the point and waits to be killed (a child JVM), to prove the guarantees of
 * on-disk.md §7.4 at every point.
 */
@FunctionalInterface
public interface MigrationCheckpoints {

    MigrationCheckpoints NONE = (checkpoint, table) -> { };

    void reached(MigrationCheckpoint checkpoint, QueueTable table);
}
