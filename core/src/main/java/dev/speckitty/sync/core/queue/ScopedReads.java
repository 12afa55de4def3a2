package dev.speckitty.sync.core.queue;

import java.util.List;
import java.util.Optional;

/** Reads of a scoped queue DB, inside a transaction or on their own (the verify read-back of §7.2 step 5.4). */
public interface ScopedReads {

    /** The scoped row with this key, every column included; empty when none (or the table is absent). */
    Optional<QueueRow> findByKey(QueueTable table, StableKey key) throws QueueStoreException;

    /** The quarantine record with this (table, stable_key, legacy_row_json), if present. */
    Optional<QuarantineEntry> quarantineEntry(QueueTable table, String stableKey, String legacyRowJson)
            throws QueueStoreException;

    Optional<LedgerEntry> ledgerEntry(LedgerKey key) throws QueueStoreException;

    /** Every ledger entry (empty after a finished migration). */
    List<LedgerEntry> ledgerEntries() throws QueueStoreException;
}
