package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.NoActiveScopeException;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code default_queue_db_path()} (on-disk.md §7.1): the single accessor every queue writer uses. Given the
 * identity the caller resolved once, it migrates legacy rows into the scoped queue and returns that queue.
 * It never returns, opens or creates {@code <R>/queue.db} as a queue to write to.
 */
public final class QueueLocator {

    private final OpenLegacyQueue legacyQueues;
    private final MigrateLegacyQueue migration;
    private final OperatorLog log;

    public QueueLocator(OpenLegacyQueue legacyQueues, MigrateLegacyQueue migration, OperatorLog log) {
        this.legacyQueues = Objects.requireNonNull(legacyQueues, "legacyQueues");
        this.migration = Objects.requireNonNull(migration, "migration");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * @throws NoActiveScopeException without an identity
     * @throws MigrationFailedException a scoped-side migration failure (legacy-side ones are only warned about)
     */
    public ActiveQueue defaultQueueDbPath(ResolvedIdentity identity)
            throws NoActiveScopeException, MigrationFailedException {
        QueuePaths paths = identity.queuePaths();
        Path scoped = paths.scoped().orElseThrow(NoActiveScopeException::new);
        if (!legacyQueues.legacyExists(paths.legacy())) {
            return new ActiveQueue(scoped, Optional.empty());
        }
        Path root = paths.root();
        try {
            return new ActiveQueue(scoped, Optional.of(migration.migrate(root, scoped)));
        } catch (LockUnavailableException e) {
            log.warn("legacy queue migration skipped: " + root.resolve(LockName.QUEUE_MIGRATION.fileName())
                    + " is held by another process");
            return new ActiveQueue(scoped, Optional.empty());
        } catch (MigrationFailedException e) {
            if (!e.legacySide()) {
                throw e;
            }
            log.warn("legacy queue migration failed: " + e.getMessage());
            return new ActiveQueue(scoped, Optional.empty());
        }
    }
}
