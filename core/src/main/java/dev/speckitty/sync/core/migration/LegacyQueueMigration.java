package dev.speckitty.sync.core.migration;

import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.CanonicalJson;
import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.InsertOutcome;
import dev.speckitty.sync.core.queue.LedgerEntry;
import dev.speckitty.sync.core.queue.LedgerKey;
import dev.speckitty.sync.core.queue.LegacyQueue;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QuarantineReason;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.RowOutcome;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.queue.ScopedQueueReader;
import dev.speckitty.sync.core.queue.ScopedReads;
import dev.speckitty.sync.core.queue.ScopedTransaction;
import dev.speckitty.sync.core.queue.SnapshotRow;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legacy → scoped migration (on-disk.md §7.2–§7.8): under {@code queue-migration.lock}, ledger recovery,
 * then per table and per batch apply → verify → delete → log → prune. Legacy-side failures (L cannot be
 * opened, read or row-deleted) and scoped-side failures are told apart in {@link MigrationFailedException}.
 */
public final class LegacyQueueMigration implements MigrateLegacyQueue {

    private static final DateTimeFormatter SECONDS_FORM =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private final OpenLegacyQueue legacyQueues;
    private final OpenScopedQueue scopedQueues;
    private final LockFiles locks;
    private final Clock clock;
    private final OperatorLog log;
    private final BatchLimits limits;
    private final MigrationCheckpoints checkpoints;

    public LegacyQueueMigration(OpenLegacyQueue legacyQueues, OpenScopedQueue scopedQueues, LockFiles locks,
                                Clock clock, OperatorLog log) {
        this(legacyQueues, scopedQueues, locks, clock, log, BatchLimits.DEFAULT, MigrationCheckpoints.NONE);
    }

    /** With explicit batch limits and crash-point observer (tests). */
    public LegacyQueueMigration(OpenLegacyQueue legacyQueues, OpenScopedQueue scopedQueues, LockFiles locks,
                                Clock clock, OperatorLog log, BatchLimits limits, MigrationCheckpoints checkpoints) {
        this.legacyQueues = Objects.requireNonNull(legacyQueues, "legacyQueues");
        this.scopedQueues = Objects.requireNonNull(scopedQueues, "scopedQueues");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.checkpoints = Objects.requireNonNull(checkpoints, "checkpoints");
    }

    @Override
    public MigrationReport migrate(Path root, Path scoped) throws LockUnavailableException, MigrationFailedException {
        Path legacyPath = QueuePaths.of(root, Optional.empty()).legacy();
        if (!legacyQueues.legacyExists(legacyPath)) {
            return new MigrationReport(MigrationReport.Outcome.NO_LEGACY_QUEUE, false, legacyPath, scoped, Map.of());
        }
        LockFiles.Held held = acquire(root);
        try {
            return migrateLocked(legacyPath, scoped);
        } finally {
            held.close();
        }
    }

    private MigrationReport migrateLocked(Path legacyPath, Path scoped) throws MigrationFailedException {
        try (LegacyQueue legacy = onLegacy(legacyPath, () -> legacyQueues.openLegacyForMigration(legacyPath))) {
            Map<QueueTable, ColumnMapping> mappings = readableTables(legacyPath, legacy);
            if (mappings.isEmpty()) {
                return new MigrationReport(MigrationReport.Outcome.NO_QUEUE_TABLES, false, legacyPath, scoped,
                        Map.of());
            }
            try (ScopedQueue target = onScoped(scoped, () -> scopedQueues.openScopedForWrite(scoped))) {
                recoverLedger(legacyPath, legacy, scoped, target, mappings);
                Map<QueueTable, TableReport> tables = new EnumMap<>(QueueTable.class);
                for (Map.Entry<QueueTable, ColumnMapping> entry : mappings.entrySet()) {
                    tables.put(entry.getKey(), migrateTable(legacyPath, legacy, scoped, target, entry.getValue()));
                }
                return new MigrationReport(MigrationReport.Outcome.RAN, false, legacyPath, scoped, tables);
            }
        }
    }

    @Override
    public MigrationReport dryRun(Path root, Path scoped) throws MigrationFailedException {
        Path legacyPath = QueuePaths.of(root, Optional.empty()).legacy();
        if (!legacyQueues.legacyExists(legacyPath)) {
            return new MigrationReport(MigrationReport.Outcome.NO_LEGACY_QUEUE, true, legacyPath, scoped, Map.of());
        }
        try (LegacyQueue legacy = onLegacy(legacyPath, () -> legacyQueues.openLegacyReadOnly(legacyPath))) {
            Map<QueueTable, ColumnMapping> mappings = readableTables(legacyPath, legacy);
            if (mappings.isEmpty()) {
                return new MigrationReport(MigrationReport.Outcome.NO_QUEUE_TABLES, true, legacyPath, scoped, Map.of());
            }
            Optional<ScopedQueueReader> reader = onScoped(scoped, () -> scopedQueues.openScopedReadOnly(scoped));
            try {
                Map<QueueTable, TableReport> tables = new EnumMap<>(QueueTable.class);
                for (Map.Entry<QueueTable, ColumnMapping> entry : mappings.entrySet()) {
                    tables.put(entry.getKey(), dryRunTable(legacyPath, legacy, scoped, reader, entry.getValue()));
                }
                return new MigrationReport(MigrationReport.Outcome.RAN, true, legacyPath, scoped, tables);
            } finally {
                reader.ifPresent(ScopedQueueReader::close);
            }
        }
    }

    private LockFiles.Held acquire(Path root) throws LockUnavailableException, MigrationFailedException {
        try {
            return locks.acquire(root, LockName.QUEUE_MIGRATION);
        } catch (UncheckedIOException e) {
            throw new MigrationFailedException(root.resolve(LockName.QUEUE_MIGRATION.fileName())
                    + " could not be opened: " + e.getCause().getMessage(), false, e);
        }
    }

    /**
     * Lists the queue tables of L and counts each, in migration order. Counting walks every table's pages, so
     * an unreadable or truncated L fails here, before anything is created (clarifications #13).
     */
    private Map<QueueTable, ColumnMapping> readableTables(Path legacyPath, LegacyQueue legacy)
            throws MigrationFailedException {
        Set<QueueTable> present = onLegacy(legacyPath, legacy::presentTables);
        Map<QueueTable, ColumnMapping> mappings = new LinkedHashMap<>();
        for (QueueTable table : QueueTable.values()) {
            if (present.contains(table)) {
                List<String> columns = onLegacy(legacyPath, () -> legacy.columns(table));
                onLegacy(legacyPath, () -> legacy.count(table));
                mappings.put(table, ColumnMapping.of(table, columns));
            }
        }
        return mappings;
    }

    /** §7.2 step 4: drop the ledger entries whose legacy row (table, key, digest) is gone. */
    private void recoverLedger(Path legacyPath, LegacyQueue legacy, Path scoped, ScopedQueue target,
                               Map<QueueTable, ColumnMapping> mappings) throws MigrationFailedException {
        if (onScoped(scoped, target::ledgerEntries).isEmpty()) {
            return;
        }
        Set<LedgerKey> inLegacy = new HashSet<>();
        for (ColumnMapping mapping : mappings.values()) {
            long after = Long.MIN_VALUE;
            while (true) {
                long from = after;
                List<SnapshotRow> batch = onLegacy(legacyPath,
                        () -> legacy.readBatch(mapping.table(), mapping, from, limits));
                if (batch.isEmpty()) {
                    break;
                }
                for (SnapshotRow snapshot : batch) {
                    inLegacy.add(LegacyRow.of(mapping, snapshot).ledgerKey(mapping));
                }
                after = batch.get(batch.size() - 1).rowid();
            }
        }
        onScoped(scoped, () -> target.inTransaction(tx -> {
            List<LedgerKey> stale = tx.ledgerEntries().stream().map(LedgerEntry::key)
                    .filter(key -> !inLegacy.contains(key)).toList();
            tx.deleteLedger(stale);
            return null;
        }));
    }

    private TableReport migrateTable(Path legacyPath, LegacyQueue legacy, Path scoped, ScopedQueue target,
                                     ColumnMapping mapping) throws MigrationFailedException {
        QueueTable table = mapping.table();
        Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<SnapshotRow> batch = onLegacy(legacyPath, () -> legacy.readBatch(table, mapping, from, limits));
            if (batch.isEmpty()) {
                break;
            }
            List<LegacyRow> rows = batch.stream().map(s -> LegacyRow.of(mapping, s)).toList();

            String now = SECONDS_FORM.format(clock.now().truncatedTo(ChronoUnit.SECONDS));
            onScoped(scoped, () -> target.inTransaction(tx -> {
                for (LegacyRow row : rows) {
                    apply(tx, mapping, row, now);
                }
                checkpoints.reached(MigrationCheckpoint.BEFORE_APPLY_COMMIT, table);
                return null;
            }));
            checkpoints.reached(MigrationCheckpoint.AFTER_APPLY_COMMIT, table);

            Map<LegacyRow, Evidence> verified = verify(scoped, target, mapping, rows);

            List<SnapshotRow> toDelete = verified.keySet().stream().map(LegacyRow::snapshot).toList();
            Set<Long> deleted = toDelete.isEmpty() ? Set.of()
                    : onLegacy(legacyPath, () -> legacy.deleteUnchanged(table, mapping, toDelete));
            checkpoints.reached(MigrationCheckpoint.AFTER_DELETE_COMMIT, table);

            for (Map.Entry<LegacyRow, Evidence> entry : verified.entrySet()) {
                if (deleted.contains(entry.getKey().snapshot().rowid())) {
                    logMoved(table, entry.getKey(), entry.getValue());
                    counts.merge(entry.getValue().outcome(), 1L, Long::sum);
                }
            }
            checkpoints.reached(MigrationCheckpoint.BEFORE_PRUNE, table);

            List<LedgerKey> batchKeys = rows.stream().map(r -> r.ledgerKey(mapping)).toList();
            onScoped(scoped, () -> target.inTransaction(tx -> {
                tx.deleteLedger(batchKeys);
                return null;
            }));
            checkpoints.reached(MigrationCheckpoint.AFTER_PRUNE, table);
            after = batch.get(batch.size() - 1).rowid();
        }
        long remaining = onLegacy(legacyPath, () -> legacy.count(table));
        return report(counts, remaining, mapping);
    }

    /** §7.2 step 5.3 for one row: skip it when the ledger holds it, else decide, write and record. */
    private void apply(ScopedTransaction tx, ColumnMapping mapping, LegacyRow row, String now)
            throws QueueStoreException {
        LedgerKey ledgerKey = row.ledgerKey(mapping);
        if (tx.ledgerEntry(ledgerKey).isPresent()) {
            return;
        }
        QueueTable table = mapping.table();
        Optional<QueueRow> existing = lookup(tx, mapping, row);
        MigrationDecision.Decision decision = MigrationDecision.decide(table, mapping.schemaIncompatible(),
                row.key().complete(), row.view(), existing);
        RowOutcome outcome = decision.outcome();
        switch (decision.action()) {
            case INSERT -> {
                InsertOutcome inserted = tx.insert(table, mapping.insertable(row.snapshot().row()));
                if (!inserted.wasInserted()) {
                    tx.quarantine(quarantine(table, row, QuarantineReason.INSERT_FAILED, null, now));
                    outcome = RowOutcome.QUARANTINED;
                }
            }
            case SKIP_DUPLICATE -> {
                // identical content already in S: nothing to write
            }
            case MERGE_FAILURE_LOG -> tx.mergeFailureLog(row.key(), decision.merged().orElseThrow());
            case QUARANTINE -> tx.quarantine(quarantine(table, row, decision.reason().orElseThrow(),
                    existing.map(CanonicalJson::row).orElse(null), now));
        }
        tx.recordLedger(new LedgerEntry(ledgerKey, outcome, now));
    }

    private static Optional<QueueRow> lookup(ScopedReads reads, ColumnMapping mapping, LegacyRow row)
            throws QueueStoreException {
        if (mapping.schemaIncompatible() || !row.key().complete()) {
            return Optional.empty();
        }
        return reads.findByKey(mapping.table(), row.key());
    }

    private static QuarantineEntry quarantine(QueueTable table, LegacyRow row, QuarantineReason reason,
                                              String scopedRowJson, String now) {
        return new QuarantineEntry(table.tableName(), row.key().json(), reason.text(), now, row.json(),
                scopedRowJson);
    }

    /** What a row's move is backed by in S: its outcome and, when quarantined, the reason. */
    private record Evidence(RowOutcome outcome, Optional<String> quarantineReason) {
    }

    /**
     * §7.2 step 5.4: read back, after the commit, the ledger entry and the evidence of every row. Rows whose
     * evidence is missing stay in L and are warned about.
     */
    private Map<LegacyRow, Evidence> verify(Path scoped, ScopedQueue target, ColumnMapping mapping,
                                           List<LegacyRow> rows) throws MigrationFailedException {
        Map<LegacyRow, Evidence> verified = new LinkedHashMap<>();
        QueueTable table = mapping.table();
        for (LegacyRow row : rows) {
            Optional<Evidence> evidence = onScoped(scoped, () -> {
                Optional<LedgerEntry> entry = target.ledgerEntry(row.ledgerKey(mapping));
                if (entry.isEmpty()) {
                    return Optional.empty();
                }
                RowOutcome outcome = entry.get().outcome();
                if (outcome == RowOutcome.QUARANTINED) {
                    return target.quarantineEntry(table, row.key().json(), row.json())
                            .map(q -> new Evidence(outcome, Optional.of(q.reason())));
                }
                return lookup(target, mapping, row).map(found -> new Evidence(outcome, Optional.empty()));
            });
            if (evidence.isPresent()) {
                verified.put(row, evidence.get());
            } else {
                log.warn("migration verify failed: table=" + table.tableName() + " key=" + row.key().logRendering());
            }
        }
        return verified;
    }

    /** §7.6: one INFO line per deleted legacy row, never with payload columns. */
    private void logMoved(QueueTable table, LegacyRow row, Evidence evidence) {
        String where = "table=" + table.tableName() + " key=" + row.key().logRendering();
        if (evidence.outcome() == RowOutcome.QUARANTINED) {
            log.info("quarantined row legacy\u2192scoped: " + where + " reason="
                    + evidence.quarantineReason().orElseThrow());
        } else {
            log.info("migrated row legacy\u2192scoped: " + where);
        }
    }

    /** §7.7: the would-be outcome of every row; S (if it exists) and L are only read. */
    private TableReport dryRunTable(Path legacyPath, LegacyQueue legacy, Path scoped,
                                    Optional<ScopedQueueReader> reader, ColumnMapping mapping)
            throws MigrationFailedException {
        QueueTable table = mapping.table();
        Map<RowOutcome, Long> counts = new EnumMap<>(RowOutcome.class);
        // What the run would have written so far, so later rows with the same key decide against it.
        Map<String, QueueRow> wouldWrite = new HashMap<>();
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            List<SnapshotRow> batch = onLegacy(legacyPath, () -> legacy.readBatch(table, mapping, from, limits));
            if (batch.isEmpty()) {
                break;
            }
            for (SnapshotRow snapshot : batch) {
                LegacyRow row = LegacyRow.of(mapping, snapshot);
                RowOutcome outcome = wouldBe(scoped, reader, mapping, row, wouldWrite);
                counts.merge(outcome, 1L, Long::sum);
            }
            after = batch.get(batch.size() - 1).rowid();
        }
        long remaining = onLegacy(legacyPath, () -> legacy.count(table));
        return report(counts, remaining, mapping);
    }

    private RowOutcome wouldBe(Path scoped, Optional<ScopedQueueReader> reader, ColumnMapping mapping, LegacyRow row,
                               Map<String, QueueRow> wouldWrite) throws MigrationFailedException {
        if (reader.isPresent()) {
            Optional<LedgerEntry> applied = onScoped(scoped, () -> reader.get().ledgerEntry(row.ledgerKey(mapping)));
            if (applied.isPresent()) {
                return applied.get().outcome();
            }
        }
        Optional<QueueRow> existing = Optional.ofNullable(wouldWrite.get(row.key().json()));
        if (existing.isEmpty() && reader.isPresent()) {
            existing = onScoped(scoped, () -> lookup(reader.get(), mapping, row));
        }
        MigrationDecision.Decision decision = MigrationDecision.decide(mapping.table(), mapping.schemaIncompatible(),
                row.key().complete(), row.view(), existing);
        switch (decision.action()) {
            case INSERT -> wouldWrite.put(row.key().json(), mapping.readView(mapping.insertable(row.snapshot().row())));
            case MERGE_FAILURE_LOG -> {
                var merged = decision.merged().orElseThrow();
                wouldWrite.put(row.key().json(), existing.orElseThrow()
                        .with("failure_count", merged.failureCount())
                        .with("first_failed_at", merged.firstFailedAt())
                        .with("last_failed_at", merged.lastFailedAt()));
            }
            default -> {
                // duplicates and quarantines leave the scoped rows as they are
            }
        }
        return decision.outcome();
    }

    private static TableReport report(Map<RowOutcome, Long> counts, long remaining, ColumnMapping mapping) {
        return new TableReport(counts.getOrDefault(RowOutcome.COPIED, 0L),
                counts.getOrDefault(RowOutcome.DUPLICATE, 0L), counts.getOrDefault(RowOutcome.MERGED, 0L),
                counts.getOrDefault(RowOutcome.QUARANTINED, 0L), remaining, new ArrayList<>(mapping.droppedColumns()));
    }

    @FunctionalInterface
    private interface StoreCall<T> {
        T call() throws QueueStoreException;
    }

    private static <T> T onLegacy(Path legacyPath, StoreCall<T> call) throws MigrationFailedException {
        try {
            return call.call();
        } catch (QueueStoreException e) {
            throw new MigrationFailedException(legacyPath + ": " + e.getMessage(), true, e);
        }
    }

    private static <T> T onScoped(Path scoped, StoreCall<T> call) throws MigrationFailedException {
        try {
            return call.call();
        } catch (QueueStoreException e) {
            throw new MigrationFailedException(scoped + ": " + e.getMessage(), false, e);
        }
    }
}
