package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.BodyUpload;
import dev.speckitty.sync.core.queue.BodyUploadOutcome;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.EventEnqueueResult;
import dev.speckitty.sync.core.queue.FailureCounts;
import dev.speckitty.sync.core.queue.InsertOutcome;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.LedgerEntry;
import dev.speckitty.sync.core.queue.LedgerKey;
import dev.speckitty.sync.core.queue.LegacyQueue;
import dev.speckitty.sync.core.queue.OpenLegacyQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueSchema;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.QueuedEvent;
import dev.speckitty.sync.core.queue.RowOutcome;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.queue.ScopedQueueReader;
import dev.speckitty.sync.core.queue.ScopedTransaction;
import dev.speckitty.sync.core.queue.ScopedWork;
import dev.speckitty.sync.core.queue.SnapshotRow;
import dev.speckitty.sync.core.queue.StableKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * Hand-written in-memory stand-in for the SQLite queue adapter: "files" are databases of tables of rows kept
 * in maps. It implements every queue port with the semantics the contract tests pin (schema adaptation,
 * NOT NULL / UNIQUE constraints and AUTOINCREMENT of §6.2–§6.6, transactions that roll back on any
 * exception) and the {@link QueueDatabaseFixture} to arrange and observe them.
 */
public final class InMemoryQueueDatabases
        implements OpenLegacyQueue, OpenScopedQueue, InspectQueues, EnqueueToQueue, QueueDatabaseFixture {

    private static final String QUARANTINE = "migration_quarantine";
    private static final String LEDGER = "migration_ledger";
    private static final List<String> QUARANTINE_COLUMNS = List.of("id", "table_name", "stable_key", "reason",
            "legacy_row_json", "scoped_row_json", "quarantined_at");
    private static final List<String> LEDGER_COLUMNS = List.of("table_name", "stable_key", "legacy_row_sha256",
            "outcome", "applied_at");

    private final Map<Path, Db> files = new HashMap<>();
    private final Set<Path> notDatabases = new HashSet<>();
    private final Map<Path, String> failingLegacyDeletes = new HashMap<>();
    private final Map<Path, String> failingScopedOpens = new HashMap<>();

    // ---- failure injection ----

    /** Every delete on this legacy DB fails with {@code reason} (e.g. a read-only file). */
    public synchronized void failLegacyDeletes(Path path, String reason) {
        failingLegacyDeletes.put(path, reason);
    }

    public synchronized void healLegacyDeletes(Path path) {
        failingLegacyDeletes.remove(path);
    }

    /** Opening this scoped DB for writing fails with {@code reason} (e.g. a read-only directory). */
    public synchronized void failScopedOpen(Path path, String reason) {
        failingScopedOpens.put(path, reason);
    }

    // ---- QueueDatabaseFixture ----

    @Override
    public synchronized void createLegacy(Path path, List<LegacyTable> tables) {
        Db db = new Db();
        for (LegacyTable spec : tables) {
            Table table = new Table(spec.columns());
            for (QueueRow row : spec.rows()) {
                table.put(row);
            }
            db.tables.put(spec.name(), table);
        }
        files.put(path, db);
    }

    @Override
    public synchronized void createNotADatabase(Path path) {
        notDatabases.add(path);
    }

    @Override
    public synchronized boolean exists(Path path) {
        return files.containsKey(path) || notDatabases.contains(path);
    }

    @Override
    public synchronized List<String> tables(Path db) {
        return List.copyOf(file(db).tables.keySet());
    }

    @Override
    public synchronized List<String> columns(Path db, String table) {
        return List.copyOf(file(db).tables.get(table).columns);
    }

    @Override
    public synchronized List<QueueRow> rows(Path db, String table) {
        Table t = file(db).tables.get(table);
        return t == null ? List.of() : t.rows.values().stream().map(QueueRow::new).toList();
    }

    @Override
    public synchronized void insertRow(Path db, String table, QueueRow row) {
        file(db).tables.get(table).put(row);
    }

    @Override
    public synchronized void updateRow(Path db, String table, long rowid, String column, CellValue value) {
        file(db).tables.get(table).rows.get(rowid).put(column, value);
    }

    private Db file(Path path) {
        Db db = files.get(path);
        if (db == null) {
            throw new IllegalStateException("no database at " + path);
        }
        return db;
    }

    private Db openExisting(Path path) throws QueueStoreException {
        if (notDatabases.contains(path)) {
            throw new QueueStoreException("file is not a database");
        }
        Db db = files.get(path);
        if (db == null) {
            throw new QueueStoreException("unable to open database file");
        }
        return db;
    }

    // ---- OpenLegacyQueue ----

    @Override
    public synchronized boolean legacyExists(Path legacy) {
        return exists(legacy);
    }

    @Override
    public synchronized LegacyQueue openLegacyForMigration(Path legacy) throws QueueStoreException {
        return new FakeLegacy(legacy, openExisting(legacy), false);
    }

    @Override
    public synchronized LegacyQueue openLegacyReadOnly(Path legacy) throws QueueStoreException {
        return new FakeLegacy(legacy, openExisting(legacy), true);
    }

    private final class FakeLegacy implements LegacyQueue {
        private final Path path;
        private final Db db;
        private final boolean readOnly;

        FakeLegacy(Path path, Db db, boolean readOnly) {
            this.path = path;
            this.db = db;
            this.readOnly = readOnly;
        }

        @Override
        public Set<QueueTable> presentTables() {
            synchronized (InMemoryQueueDatabases.this) {
                Set<QueueTable> present = EnumSet.noneOf(QueueTable.class);
                for (QueueTable t : QueueTable.values()) {
                    if (db.tables.containsKey(t.tableName())) {
                        present.add(t);
                    }
                }
                return present;
            }
        }

        @Override
        public List<String> columns(QueueTable table) {
            synchronized (InMemoryQueueDatabases.this) {
                Table t = db.tables.get(table.tableName());
                return t == null ? List.of() : List.copyOf(t.columns);
            }
        }

        @Override
        public long count(QueueTable table) {
            synchronized (InMemoryQueueDatabases.this) {
                Table t = db.tables.get(table.tableName());
                return t == null ? 0 : t.rows.size();
            }
        }

        @Override
        public List<SnapshotRow> readBatch(QueueTable table, ColumnMapping mapping, long afterRowid,
                                           BatchLimits limits) {
            synchronized (InMemoryQueueDatabases.this) {
                Table t = db.tables.get(table.tableName());
                List<SnapshotRow> batch = new ArrayList<>();
                if (t == null) {
                    return batch;
                }
                long bytes = 0;
                for (Map.Entry<Long, Map<String, CellValue>> entry : t.rows.tailMap(afterRowid, false).entrySet()) {
                    if (limits.full(batch.size(), bytes)) {
                        break;
                    }
                    Map<String, CellValue> mapped = new LinkedHashMap<>();
                    mapping.legacyNameByMappedName().forEach((mappedName, legacyName) ->
                            mapped.put(mappedName, entry.getValue().getOrDefault(legacyName, CellValue.NULL)));
                    QueueRow row = new QueueRow(mapped);
                    batch.add(new SnapshotRow(entry.getKey(), row));
                    bytes += row.snapshotBytes();
                }
                return batch;
            }
        }

        @Override
        public Set<Long> deleteUnchanged(QueueTable table, ColumnMapping mapping, List<SnapshotRow> rows)
                throws QueueStoreException {
            synchronized (InMemoryQueueDatabases.this) {
                if (readOnly) {
                    throw new QueueStoreException("attempt to write a readonly database");
                }
                String failure = failingLegacyDeletes.get(path);
                if (failure != null) {
                    throw new QueueStoreException(failure);
                }
                Table t = db.tables.get(table.tableName());
                Set<Long> deleted = new HashSet<>();
                for (SnapshotRow snapshot : rows) {
                    Map<String, CellValue> current = t.rows.get(snapshot.rowid());
                    if (current == null) {
                        continue;
                    }
                    boolean unchanged = snapshot.row().columns().entrySet().stream().allMatch(e ->
                            current.getOrDefault(mapping.legacyName(e.getKey()), CellValue.NULL).equals(e.getValue()));
                    if (unchanged) {
                        t.rows.remove(snapshot.rowid());
                        deleted.add(snapshot.rowid());
                    }
                }
                return deleted;
            }
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    // ---- OpenScopedQueue ----

    @Override
    public synchronized ScopedQueue openScopedForWrite(Path scoped) throws QueueStoreException {
        String failure = failingScopedOpens.get(scoped);
        if (failure != null) {
            throw new QueueStoreException(failure);
        }
        if (notDatabases.contains(scoped)) {
            throw new QueueStoreException("file is not a database");
        }
        Db db = files.computeIfAbsent(scoped, p -> new Db());
        applySchema(db);
        return new FakeScoped(db, false);
    }

    @Override
    public synchronized Optional<ScopedQueueReader> openScopedReadOnly(Path scoped) throws QueueStoreException {
        if (!exists(scoped)) {
            return Optional.empty();
        }
        return Optional.of(new FakeScoped(openExisting(scoped), true));
    }

    /** §6.2–§6.7 on a fake file: create missing tables, add coalesce_key, rename the pre-April columns. */
    private static void applySchema(Db db) {
        for (QueueTable t : QueueTable.values()) {
            Table table = db.tables.get(t.tableName());
            if (table == null) {
                db.tables.put(t.tableName(), new Table(QueueSchema.columnNames(t)));
                continue;
            }
            if (t == QueueTable.QUEUE && !table.columns.contains("coalesce_key")) {
                table.columns.add("coalesce_key");
            }
            if (t != QueueTable.QUEUE) {
                table.rename("feature_slug", "mission_slug");
                table.rename("mission_key", "mission_type");
            }
        }
        db.tables.putIfAbsent(QUARANTINE, new Table(QUARANTINE_COLUMNS));
        db.tables.putIfAbsent(LEDGER, new Table(LEDGER_COLUMNS));
    }

    private final class FakeScoped implements ScopedQueue, ScopedTransaction {
        private final Db db;
        private final boolean readOnly;
        private boolean inTransaction;

        FakeScoped(Db db, boolean readOnly) {
            this.db = db;
            this.readOnly = readOnly;
        }

        @Override
        public <T> T inTransaction(ScopedWork<T> work) throws QueueStoreException {
            synchronized (InMemoryQueueDatabases.this) {
                if (readOnly) {
                    throw new QueueStoreException("attempt to write a readonly database");
                }
                Map<String, Table> before = db.copyTables();
                inTransaction = true;
                try {
                    return work.run(this);
                } catch (QueueStoreException | RuntimeException | Error e) {
                    db.tables.clear();
                    db.tables.putAll(before);
                    throw e;
                } finally {
                    inTransaction = false;
                }
            }
        }

        private void requireTransaction() {
            if (!inTransaction) {
                throw new IllegalStateException("scoped writes happen inside inTransaction");
            }
        }

        @Override
        public Optional<QueueRow> findByKey(QueueTable table, StableKey key) {
            synchronized (InMemoryQueueDatabases.this) {
                Table t = db.tables.get(table.tableName());
                if (t == null || key.rowidKey()) {
                    return Optional.empty();
                }
                // Reads go through the column mapping, so an unadapted file reads like an adapted one.
                ColumnMapping mapping = ColumnMapping.of(table, t.columns);
                Map<String, String> names = mapping.legacyNameByMappedName();
                if (!key.parts().stream().allMatch(p -> names.containsKey(p.getKey()))) {
                    return Optional.empty();
                }
                return t.rows.values().stream()
                        .filter(row -> key.parts().stream().allMatch(p ->
                                t.read(row, names.get(p.getKey())).equals(p.getValue())))
                        .findFirst().map(row -> {
                            Map<String, CellValue> all = new LinkedHashMap<>();
                            names.forEach((mapped, legacy) -> all.put(mapped, t.read(row, legacy)));
                            return new QueueRow(all);
                        });
            }
        }

        @Override
        public Optional<QuarantineEntry> quarantineEntry(QueueTable table, String stableKey, String legacyRowJson) {
            synchronized (InMemoryQueueDatabases.this) {
                return quarantineRows(db).stream().filter(q -> q.table().equals(table.tableName())
                        && q.stableKey().equals(stableKey) && q.legacyRowJson().equals(legacyRowJson)).findFirst();
            }
        }

        @Override
        public Optional<LedgerEntry> ledgerEntry(LedgerKey key) {
            synchronized (InMemoryQueueDatabases.this) {
                return ledgerEntries().stream().filter(e -> e.key().equals(key)).findFirst();
            }
        }

        @Override
        public List<LedgerEntry> ledgerEntries() {
            synchronized (InMemoryQueueDatabases.this) {
                Table t = db.tables.get(LEDGER);
                if (t == null) {
                    return List.of();
                }
                return t.rows.values().stream().map(r -> new LedgerEntry(
                        new LedgerKey(table(text(r.get("table_name"))), text(r.get("stable_key")),
                                text(r.get("legacy_row_sha256"))),
                        RowOutcome.fromText(text(r.get("outcome"))), text(r.get("applied_at")))).toList();
            }
        }

        @Override
        public InsertOutcome insert(QueueTable table, QueueRow columns) throws QueueStoreException {
            requireTransaction();
            return db.tables.get(table.tableName()).insertChecked(table, columns);
        }

        @Override
        public void mergeFailureLog(StableKey key, FailureCounts counts) {
            requireTransaction();
            Table t = db.tables.get(QueueTable.BODY_UPLOAD_FAILURE_LOG.tableName());
            for (Map<String, CellValue> row : t.rows.values()) {
                if (key.parts().stream().allMatch(p -> t.read(row, p.getKey()).equals(p.getValue()))) {
                    row.put("failure_count", counts.failureCount());
                    row.put("first_failed_at", counts.firstFailedAt());
                    row.put("last_failed_at", counts.lastFailedAt());
                }
            }
        }

        @Override
        public void quarantine(QuarantineEntry entry) {
            requireTransaction();
            boolean present = quarantineRows(db).stream().anyMatch(q -> q.table().equals(entry.table())
                    && q.stableKey().equals(entry.stableKey()) && q.legacyRowJson().equals(entry.legacyRowJson()));
            if (!present) {
                Map<String, CellValue> row = new HashMap<>();
                row.put("table_name", CellValue.text(entry.table()));
                row.put("stable_key", CellValue.text(entry.stableKey()));
                row.put("reason", CellValue.text(entry.reason()));
                row.put("legacy_row_json", CellValue.text(entry.legacyRowJson()));
                row.put("scoped_row_json", entry.scopedRowJson() == null ? CellValue.NULL
                        : CellValue.text(entry.scopedRowJson()));
                row.put("quarantined_at", CellValue.text(entry.quarantinedAt()));
                db.tables.get(QUARANTINE).append(row);
            }
        }

        @Override
        public void recordLedger(LedgerEntry entry) throws QueueStoreException {
            requireTransaction();
            if (ledgerEntry(entry.key()).isPresent()) {
                throw new QueueStoreException("UNIQUE constraint failed: migration_ledger");
            }
            Map<String, CellValue> row = new HashMap<>();
            row.put("table_name", CellValue.text(entry.key().table().tableName()));
            row.put("stable_key", CellValue.text(entry.key().stableKey()));
            row.put("legacy_row_sha256", CellValue.text(entry.key().legacyRowSha256()));
            row.put("outcome", CellValue.text(entry.outcome().text()));
            row.put("applied_at", CellValue.text(entry.appliedAt()));
            db.tables.get(LEDGER).append(row);
        }

        @Override
        public void deleteLedger(Collection<LedgerKey> keys) {
            requireTransaction();
            Set<LedgerKey> doomed = new HashSet<>(keys);
            db.tables.get(LEDGER).rows.values().removeIf(r -> doomed.contains(new LedgerKey(
                    table(text(r.get("table_name"))), text(r.get("stable_key")), text(r.get("legacy_row_sha256")))));
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    // ---- InspectQueues ----

    @Override
    public synchronized QueueInspection inspect(Path database) {
        if (!exists(database)) {
            return QueueInspection.missing(database);
        }
        if (notDatabases.contains(database)) {
            return QueueInspection.unreadable(database, "file is not a database");
        }
        Db db = files.get(database);
        return new QueueInspection(database, true, null, count(db, "queue"), count(db, "body_upload_queue"),
                count(db, "body_upload_failure_log"), count(db, QUARANTINE));
    }

    private static long count(Db db, String table) {
        Table t = db.tables.get(table);
        return t == null ? 0 : t.rows.size();
    }

    @Override
    public synchronized boolean hasBodyUploadsForMission(Path legacyDatabase, String missionSlug) {
        Db db = files.get(legacyDatabase);
        Table t = db == null ? null : db.tables.get(QueueTable.BODY_UPLOAD_QUEUE.tableName());
        if (t == null) {
            return false;
        }
        ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_QUEUE, t.columns);
        if (!mapping.legacyNameByMappedName().containsKey("mission_slug")) {
            return false;
        }
        String column = mapping.legacyName("mission_slug");
        return t.rows.values().stream().anyMatch(r -> CellValue.text(missionSlug).equals(r.get(column)));
    }

    @Override
    public synchronized List<QuarantineEntry> quarantine(Path scopedDatabase) {
        if (notDatabases.contains(scopedDatabase)) {
            throw new UncheckedIOException(new IOException(scopedDatabase + " could not be read: file is not a database"));
        }
        Db db = files.get(scopedDatabase);
        return db == null ? List.of() : quarantineRows(db);
    }

    private static List<QuarantineEntry> quarantineRows(Db db) {
        Table t = db.tables.get(QUARANTINE);
        if (t == null) {
            return List.of();
        }
        return t.rows.values().stream().map(r -> new QuarantineEntry(text(r.get("table_name")),
                text(r.get("stable_key")), text(r.get("reason")), text(r.get("quarantined_at")),
                text(r.get("legacy_row_json")), r.get("scoped_row_json") instanceof CellValue.TextCell s
                ? s.value() : null)).toList();
    }

    @Override
    public synchronized QueueDiagnostics diagnose(Path database) {
        Db db = files.get(database);
        if (db == null || notDatabases.contains(database)) {
            return QueueDiagnostics.EMPTY;
        }
        Table events = db.tables.get("queue");
        OptionalLong oldest = OptionalLong.empty();
        List<QueueDiagnostics.EventTypeCount> top = List.of();
        if (events != null) {
            oldest = events.rows.values().stream().map(r -> r.get("timestamp"))
                    .filter(c -> c instanceof CellValue.IntegerCell).mapToLong(c -> ((CellValue.IntegerCell) c).value())
                    .min();
            Map<String, Long> counts = new TreeMap<>();
            events.rows.values().forEach(r -> counts.merge(text(r.get("event_type")), 1L, Long::sum));
            top = counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(QueueDiagnostics.LIMIT)
                    .map(e -> new QueueDiagnostics.EventTypeCount(e.getKey(), e.getValue())).toList();
        }
        Table failures = db.tables.get("body_upload_failure_log");
        List<QueueDiagnostics.RecentBodyUploadFailure> recent = List.of();
        if (failures != null) {
            ColumnMapping mapping = ColumnMapping.of(QueueTable.BODY_UPLOAD_FAILURE_LOG, failures.columns);
            String slug = mapping.legacyName("mission_slug");
            recent = failures.rows.descendingMap().values().stream()
                    .sorted(Comparator.comparingDouble((Map<String, CellValue> r) -> number(r.get("last_failed_at")))
                            .reversed())
                    .limit(QueueDiagnostics.LIMIT)
                    .map(r -> new QueueDiagnostics.RecentBodyUploadFailure(text(r.get("artifact_path")),
                            text(r.get(slug)), (long) number(r.get("failure_count")), text(r.get("failure_reason")),
                            number(r.get("last_failed_at")))).toList();
        }
        return new QueueDiagnostics(oldest, top, recent);
    }

    private static double number(CellValue value) {
        if (value instanceof CellValue.IntegerCell i) {
            return i.value();
        }
        return value instanceof CellValue.RealCell r ? r.value() : 0.0;
    }

    // ---- EnqueueToQueue ----

    @Override
    public List<EventEnqueueResult> enqueueEvents(Path scoped, List<QueuedEvent> events, long cap)
            throws QueueStoreException {
        List<EventEnqueueResult> results = new ArrayList<>();
        try (ScopedQueue queue = openScopedForWrite(scoped)) {
            for (QueuedEvent event : events) {
                results.add(queue.inTransaction(tx -> enqueueEvent(scoped, event, cap)));
            }
        }
        return results;
    }

    private synchronized EventEnqueueResult enqueueEvent(Path scoped, QueuedEvent event, long cap)
            throws QueueStoreException {
        Table t = file(scoped).tables.get(QueueTable.QUEUE.tableName());
        if (event.coalesceKey().isPresent()) {
            CellValue coalesce = CellValue.text(event.coalesceKey().get());
            for (Map<String, CellValue> row : t.rows.values()) {
                if (coalesce.equals(row.get("coalesce_key"))) {
                    row.put("event_id", CellValue.text(event.eventId()));
                    row.put("data", CellValue.text(event.data()));
                    row.put("timestamp", CellValue.integer(event.timestamp()));
                    return new EventEnqueueResult(EventEnqueueResult.Outcome.COALESCED, 0, cap);
                }
            }
        }
        CellValue eventId = CellValue.text(event.eventId());
        if (t.rows.values().stream().anyMatch(r -> eventId.equals(r.get("event_id")))) {
            return new EventEnqueueResult(EventEnqueueResult.Outcome.ALREADY_QUEUED, 0, cap);
        }
        long evicted = 0;
        if (t.rows.size() >= cap) {
            long excess = t.rows.size() - cap + 1;
            List<Long> oldest = t.rows.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<Long, Map<String, CellValue>> e) ->
                            ((CellValue.IntegerCell) e.getValue().get("timestamp")).value())
                            .thenComparingLong(Map.Entry::getKey))
                    .limit(excess).map(Map.Entry::getKey).toList();
            oldest.forEach(t.rows::remove);
            evicted = oldest.size();
        }
        Map<String, CellValue> row = new LinkedHashMap<>();
        row.put("event_id", eventId);
        row.put("event_type", CellValue.text(event.eventType()));
        row.put("data", CellValue.text(event.data()));
        row.put("timestamp", CellValue.integer(event.timestamp()));
        row.put("retry_count", CellValue.integer(0));
        row.put("coalesce_key", event.coalesceKey().map(CellValue::text).orElse(CellValue.NULL));
        InsertOutcome outcome = t.insertChecked(QueueTable.QUEUE, new QueueRow(row));
        if (!outcome.wasInserted()) {
            throw new QueueStoreException(outcome.rejection().orElseThrow());
        }
        return new EventEnqueueResult(EventEnqueueResult.Outcome.ENQUEUED, evicted, cap);
    }

    @Override
    public List<BodyUploadOutcome> enqueueBodyUploads(Path scoped, List<BodyUpload> uploads, long cap)
            throws QueueStoreException {
        List<BodyUploadOutcome> outcomes = new ArrayList<>();
        try (ScopedQueue queue = openScopedForWrite(scoped)) {
            for (BodyUpload upload : uploads) {
                outcomes.add(queue.inTransaction(tx -> enqueueBody(scoped, upload, cap)));
            }
        }
        return outcomes;
    }

    private synchronized BodyUploadOutcome enqueueBody(Path scoped, BodyUpload upload, long cap)
            throws QueueStoreException {
        Table t = file(scoped).tables.get(QueueTable.BODY_UPLOAD_QUEUE.tableName());
        if (t.rows.size() >= cap) {
            return BodyUploadOutcome.QUEUE_FULL;
        }
        Map<String, CellValue> row = new LinkedHashMap<>();
        row.put("project_uuid", CellValue.text(upload.projectUuid()));
        row.put("mission_slug", CellValue.text(upload.missionSlug()));
        row.put("target_branch", CellValue.text(upload.targetBranch()));
        row.put("mission_type", CellValue.text(upload.missionType()));
        row.put("manifest_version", CellValue.text(upload.manifestVersion()));
        row.put("artifact_path", CellValue.text(upload.artifactPath()));
        row.put("content_hash", CellValue.text(upload.contentHash()));
        row.put("hash_algorithm", CellValue.text(upload.hashAlgorithm()));
        row.put("content_body", CellValue.text(upload.contentBody()));
        row.put("size_bytes", CellValue.integer(upload.sizeBytes()));
        row.put("created_at", CellValue.real(upload.createdAt()));
        InsertOutcome outcome = t.insertChecked(QueueTable.BODY_UPLOAD_QUEUE, new QueueRow(row));
        return outcome.wasInserted() ? BodyUploadOutcome.ENQUEUED : BodyUploadOutcome.ALREADY_QUEUED;
    }

    // ---- storage ----

    private static String text(CellValue value) {
        return ((CellValue.TextCell) value).value();
    }

    private static QueueTable table(String name) {
        for (QueueTable t : QueueTable.values()) {
            if (t.tableName().equals(name)) {
                return t;
            }
        }
        throw new IllegalStateException("unknown table " + name);
    }

    private static final class Db {
        final Map<String, Table> tables = new LinkedHashMap<>();

        Map<String, Table> copyTables() {
            Map<String, Table> copy = new LinkedHashMap<>();
            tables.forEach((name, table) -> copy.put(name, table.copy()));
            return copy;
        }
    }

    private static final class Table {
        final List<String> columns;
        final TreeMap<Long, Map<String, CellValue>> rows = new TreeMap<>();
        long sequence;

        Table(List<String> columns) {
            this.columns = new ArrayList<>(columns);
        }

        Table copy() {
            Table copy = new Table(columns);
            rows.forEach((rowid, row) -> copy.rows.put(rowid, new HashMap<>(row)));
            copy.sequence = sequence;
            return copy;
        }

        void rename(String from, String to) {
            int at = columns.indexOf(from);
            if (at >= 0 && !columns.contains(to)) {
                columns.set(at, to);
                for (Map<String, CellValue> row : rows.values()) {
                    if (row.containsKey(from)) {
                        row.put(to, row.remove(from));
                    }
                }
            }
        }

        /** A value as SQLite returns it: an unset column of an existing row is NULL. */
        CellValue read(Map<String, CellValue> row, String column) {
            return row.getOrDefault(column, CellValue.NULL);
        }

        /** Fixture insert: an explicit id is the rowid; otherwise the next rowid. */
        void put(QueueRow row) {
            Map<String, CellValue> values = new HashMap<>(row.columns());
            long rowid;
            if (values.get("id") instanceof CellValue.IntegerCell id) {
                rowid = id.value();
            } else {
                rowid = rows.isEmpty() ? 1 : rows.lastKey() + 1;
                if (columns.contains("id")) {
                    values.put("id", CellValue.integer(rowid));
                }
            }
            rows.put(rowid, values);
            sequence = Math.max(sequence, rowid);
        }

        /** A scoped-table insert with AUTOINCREMENT id. */
        void append(Map<String, CellValue> values) {
            long rowid = Math.max(sequence, rows.isEmpty() ? 0 : rows.lastKey()) + 1;
            Map<String, CellValue> row = new HashMap<>(values);
            if (columns.contains("id")) {
                row.put("id", CellValue.integer(rowid));
            }
            rows.put(rowid, row);
            sequence = rowid;
        }

        /** An INSERT into a queue table with the NOT NULL, DEFAULT and UNIQUE rules of §6.2–§6.4. */
        InsertOutcome insertChecked(QueueTable table, QueueRow values) throws QueueStoreException {
            Map<String, CellValue> row = new HashMap<>();
            for (String column : values.names()) {
                if (!columns.contains(column)) {
                    throw new QueueStoreException("table " + table.tableName() + " has no column named " + column);
                }
            }
            for (QueueSchema.Column column : QueueSchema.columns(table)) {
                if (column.name().equals(QueueSchema.ID)) {
                    continue;
                }
                CellValue value = values.get(column.name()).orElse(column.defaultValue().orElse(CellValue.NULL));
                if (column.notNull() && value.isNull()) {
                    return InsertOutcome.rejected("NOT NULL constraint failed: " + table.tableName() + "."
                            + column.name());
                }
                row.put(column.name(), value);
            }
            List<String> unique = table.keyColumns();
            boolean clash = rows.values().stream().anyMatch(existing -> unique.stream().allMatch(c ->
                    read(existing, c).equals(row.get(c))));
            if (clash) {
                return InsertOutcome.rejected("UNIQUE constraint failed: " + table.tableName() + "."
                        + String.join(", " + table.tableName() + ".", unique));
            }
            append(row);
            return InsertOutcome.inserted();
        }
    }
}
