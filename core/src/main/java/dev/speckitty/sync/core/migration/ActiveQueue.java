package dev.speckitty.sync.core.migration;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of {@code default_queue_db_path()}: the scoped queue to write to and, when a migration ran
 * into it first, its report (absent when there was no legacy queue, the lock was held elsewhere, or the
 * legacy side failed and was only warned about).
 */
public record ActiveQueue(Path path, Optional<MigrationReport> migration) {

    public ActiveQueue {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(migration, "migration");
    }

    /** Rows removed from the legacy DB by this call: migrated plus quarantined (clarifications #14). */
    public long migratedLegacyRows() {
        return migration.map(r -> r.migrated() + r.quarantined()).orElse(0L);
    }

    /** Rows moved into S as live rows, duplicates or merges. */
    public long migrated() {
        return migration.map(MigrationReport::migrated).orElse(0L);
    }

    public long quarantined() {
        return migration.map(MigrationReport::quarantined).orElse(0L);
    }
}
