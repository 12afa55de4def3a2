package dev.speckitty.sync.core.migration;

/** The points of one batch where a process may die (on-disk.md §7.4); reported to {@link MigrationCheckpoints}. */
public enum MigrationCheckpoint {
    /** Inside the apply transaction, every scoped write done, before its commit. */
    BEFORE_APPLY_COMMIT,
    /** The apply transaction is committed; nothing deleted from the legacy DB yet. */
    AFTER_APPLY_COMMIT,
    /** The legacy delete is committed; log lines not yet written. */
    AFTER_DELETE_COMMIT,
    /** Log lines written; the ledger entries of the batch not yet pruned. */
    BEFORE_PRUNE,
    /** The batch's ledger entries are pruned. */
    AFTER_PRUNE
}
