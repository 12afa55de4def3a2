package dev.speckitty.sync.core.queue;

import java.util.Collection;

/** The writes the migration makes inside one scoped transaction (on-disk.md §7.2–§7.4). */
public interface ScopedTransaction extends ScopedReads {

    /**
     * {@code INSERT} of the given columns (the scoped table assigns {@code id}); a constraint violation rolls
     * back this statement only and is returned as a rejection.
     */
    InsertOutcome insert(QueueTable table, QueueRow columns) throws QueueStoreException;

    /** Sets the merged counts on the {@code body_upload_failure_log} row with this key. */
    void mergeFailureLog(StableKey key, FailureCounts counts) throws QueueStoreException;

    /** {@code INSERT OR IGNORE INTO migration_quarantine}. */
    void quarantine(QuarantineEntry entry) throws QueueStoreException;

    void recordLedger(LedgerEntry entry) throws QueueStoreException;

    void deleteLedger(Collection<LedgerKey> keys) throws QueueStoreException;
}
