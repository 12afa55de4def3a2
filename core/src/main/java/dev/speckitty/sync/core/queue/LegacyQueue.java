package dev.speckitty.sync.core.queue;

import java.util.List;
import java.util.Set;

/** An open legacy queue DB. Every read sees real columns only; the {@link ColumnMapping} names them. */
public interface LegacyQueue extends AutoCloseable {

    /** Which of the three queue tables exist. */
    Set<QueueTable> presentTables() throws QueueStoreException;

    /** The table's column names in declaration order; empty when the table is absent. */
    List<String> columns(QueueTable table) throws QueueStoreException;

    /** {@code COUNT(*)}; 0 when the table is absent. */
    long count(QueueTable table) throws QueueStoreException;

    /**
     * The next batch after {@code afterRowid} in rowid order (on-disk.md §7.2 step 5.2): rows are taken until
     * {@code limits} says the batch is full; every real column is snapshotted under its mapped name.
     * Empty when no row follows.
     */
    List<SnapshotRow> readBatch(QueueTable table, ColumnMapping mapping, long afterRowid, BatchLimits limits)
            throws QueueStoreException;

    /**
     * In one {@code BEGIN IMMEDIATE} transaction, deletes each row whose rowid and every snapshotted column
     * still hold the snapshot's values (null-safe equality, §7.2 step 5.5).
     *
     * @return the rowids whose delete affected one row
     */
    Set<Long> deleteUnchanged(QueueTable table, ColumnMapping mapping, List<SnapshotRow> rows)
            throws QueueStoreException;

    @Override
    void close();
}
