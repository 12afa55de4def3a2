package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;

/** The legacy → scoped migration use case (on-disk.md §7.2–§7.8). */
public interface MigrateLegacyQueue {

    /**
     * Runs the migration of {@code <root>/queue.db} into {@code scoped} under {@code queue-migration.lock}
     * (10 s budget). Per-row INFO lines go to the operator log.
     */
    MigrationReport migrate(Path root, Path scoped) throws LockUnavailableException, MigrationFailedException;

    /** The read-only dry run (§7.7): no lock, nothing created, no per-row log lines. */
    MigrationReport dryRun(Path root, Path scoped) throws MigrationFailedException;
}
