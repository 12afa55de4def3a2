package dev.speckitty.sync.core.migration;

import static dev.speckitty.sync.core.testing.Rows.event;
import static dev.speckitty.sync.core.testing.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.queue.StableKey;
import dev.speckitty.sync.core.testing.CrashAt;
import dev.speckitty.sync.core.testing.LegacyTable;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import dev.speckitty.sync.core.testing.Rows;
import dev.speckitty.sync.core.testing.ScopedContent;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migration of on-disk.md §7 end to end over one store implementation: the decision table, log lines,
 * report, verify and concurrent-change rules, crash-resume at every checkpoint, dry run and failure sides.
 */
public abstract class MigrationContract {

    private static final String NOW = "2026-05-17T16:42:00+00:00";

    @TempDir
    protected Path root;
    private MigrationHarness harness;
    private QueueDatabaseFixture fixture;
    private Path legacy;
    private Path scoped;

    protected abstract QueueStoresUnderTest stores();

    @BeforeEach
    void setUp() {
        harness = new MigrationHarness(stores());
        fixture = harness.fixture();
        legacy = root.resolve("queue.db");
        scoped = root.resolve("queues").resolve("queue-8b85169673aa98b5.db");
    }

    // ---- the decision table (§7.3) ----

    private static QueueRow divergentBody(long id, String body) {
        return Rows.body(id, "012-m", "notes.md", body).with("content_hash", CellValue.text("same-hash"));
    }

    /** Legacy and scoped content exercising every row of §7.3 except schema_incompatible. */
    private void arrangeEveryDecision() throws Exception {
        arrangeEveryDecision(legacy, scoped);
    }

    private void arrangeEveryDecision(Path legacy, Path scoped) throws Exception {
        fixture.createLegacy(legacy, List.of(
                Rows.queue(event(1, "e-copy", "WPCreated", "{\"n\":1}"),
                        event(2, "e-dup", "WPCreated", "{\"n\":2}"),
                        event(3, "e-div", "WPCreated", "{\"n\":3}"),
                        event(4, null, "WPCreated", "{\"n\":4}"),
                        event(5, "e-bad", "WPCreated", null)),
                Rows.bodies(Rows.body(1, "012-m", "spec.md", "copy me"), Rows.body(2, "012-m", "plan.md", "same"),
                        divergentBody(3, "legacy text")),
                Rows.failures(Rows.failure(1, "notes.md", "namespace_not_found", 3, 50.0, 150.0),
                        Rows.failure(2, "plan.md", "unexpected_status: 413", 1, 10.0, 10.0))));
        try (ScopedQueue queue = harness.stores.scopedQueues().openScopedForWrite(scoped)) {
            queue.inTransaction(tx -> {
                tx.insert(QueueTable.QUEUE, event(9, "e-dup", "WPCreated", "{\"n\":2}")
                        .with("retry_count", CellValue.integer(4)).without("id"));
                tx.insert(QueueTable.QUEUE, event(9, "e-div", "WPCreated", "{\"n\":33}").without("id"));
                tx.insert(QueueTable.BODY_UPLOAD_QUEUE, Rows.body(9, "012-m", "plan.md", "same").without("id"));
                tx.insert(QueueTable.BODY_UPLOAD_QUEUE, divergentBody(9, "scoped text").without("id"));
                tx.insert(QueueTable.BODY_UPLOAD_FAILURE_LOG,
                        Rows.failure(9, "notes.md", "namespace_not_found", 2, 100.0, 200.0).without("id"));
                return null;
            });
        }
    }

    @Test
    void every_decision_of_the_table_with_its_log_line_and_report() throws Exception {
        arrangeEveryDecision();
        MigrationReport report = harness.migration().migrate(root, scoped);

        assertEquals(MigrationReport.Outcome.RAN, report.outcome());
        assertEquals(new TableReport(1, 1, 0, 3, 0, List.of()), report.table(QueueTable.QUEUE));
        assertEquals(new TableReport(1, 1, 0, 1, 0, List.of()), report.table(QueueTable.BODY_UPLOAD_QUEUE));
        assertEquals(new TableReport(1, 0, 1, 0, 0, List.of()), report.table(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        assertEquals(6, report.migrated());
        assertEquals(4, report.quarantined());
        assertEquals(0, report.remainingLegacyRows());

        String body = StableKey.of(QueueTable.BODY_UPLOAD_QUEUE, Rows.body(1, "012-m", "spec.md", "copy me"))
                .logRendering();
        assertEquals(List.of(
                "[INFO] migrated row legacy\u2192scoped: table=queue key=event_id='e-copy'",
                "[INFO] migrated row legacy\u2192scoped: table=queue key=event_id='e-dup'",
                "[INFO] quarantined row legacy\u2192scoped: table=queue key=event_id='e-div' reason=divergent_duplicate",
                "[INFO] quarantined row legacy\u2192scoped: table=queue key=event_id=NULL reason=invalid_key",
                "[INFO] quarantined row legacy\u2192scoped: table=queue key=event_id='e-bad' reason=insert_failed",
                "[INFO] migrated row legacy\u2192scoped: table=body_upload_queue key=" + body,
                "[INFO] migrated row legacy\u2192scoped: table=body_upload_queue key="
                        + StableKey.of(QueueTable.BODY_UPLOAD_QUEUE, Rows.body(2, "012-m", "plan.md", "same")).logRendering(),
                "[INFO] quarantined row legacy\u2192scoped: table=body_upload_queue key="
                        + StableKey.of(QueueTable.BODY_UPLOAD_QUEUE, divergentBody(3, "x")).logRendering()
                        + " reason=divergent_duplicate",
                "[INFO] migrated row legacy\u2192scoped: table=body_upload_failure_log key="
                        + StableKey.of(QueueTable.BODY_UPLOAD_FAILURE_LOG,
                        Rows.failure(1, "notes.md", "namespace_not_found", 0, 0, 0)).logRendering(),
                "[INFO] migrated row legacy\u2192scoped: table=body_upload_failure_log key="
                        + StableKey.of(QueueTable.BODY_UPLOAD_FAILURE_LOG,
                        Rows.failure(2, "plan.md", "unexpected_status: 413", 0, 0, 0)).logRendering()),
                harness.log.lines());
        assertTrue(harness.log.lines().stream().noneMatch(l -> l.contains("copy me") || l.contains("{")),
                "log lines never carry payload");

        for (String table : List.of("queue", "body_upload_queue", "body_upload_failure_log")) {
            assertEquals(List.of(), fixture.rows(legacy, table), table + " emptied");
        }
        assertEquals(List.of(), fixture.rows(scoped, "migration_ledger"));
        assertEquals(3, fixture.rows(scoped, "queue").size());
        assertEquals(3, fixture.rows(scoped, "body_upload_queue").size());

        QueueRow divergent = fixture.rows(scoped, "queue").stream()
                .filter(r -> r.get("event_id").orElseThrow().equals(CellValue.text("e-div"))).findFirst().orElseThrow();
        assertEquals(CellValue.text("{\"n\":33}"), divergent.get("data").orElseThrow(), "scoped copy unchanged");
        QueueRow merged = fixture.rows(scoped, "body_upload_failure_log").get(0);
        assertEquals(CellValue.integer(5), merged.get("failure_count").orElseThrow());
        assertEquals(CellValue.real(50.0), merged.get("first_failed_at").orElseThrow());
        assertEquals(CellValue.real(200.0), merged.get("last_failed_at").orElseThrow());

        List<QuarantineEntry> quarantine = harness.stores.inspectQueues().quarantine(scoped);
        assertEquals(4, quarantine.size());
        assertEquals(new QuarantineEntry("queue", "{\"event_id\":\"e-div\"}", "divergent_duplicate", NOW,
                "{\"coalesce_key\":null,\"data\":\"{\\\"n\\\":3}\",\"event_id\":\"e-div\",\"event_type\":\"WPCreated\","
                        + "\"id\":3,\"retry_count\":0,\"timestamp\":1779091293}",
                "{\"coalesce_key\":null,\"data\":\"{\\\"n\\\":33}\",\"event_id\":\"e-div\",\"event_type\":\"WPCreated\","
                        + "\"id\":2,\"retry_count\":0,\"timestamp\":1779091299}"), quarantine.get(0));
        assertEquals(List.of("divergent_duplicate", "invalid_key", "insert_failed", "divergent_duplicate"),
                quarantine.stream().map(QuarantineEntry::reason).toList());
        assertEquals("{\"event_id\":null}", quarantine.get(1).stableKey());
        assertEquals(null, quarantine.get(2).scopedRowJson());
    }

    @Test
    void a_second_run_migrates_nothing_and_changes_nothing() throws Exception {
        arrangeEveryDecision();
        harness.migration().migrate(root, scoped);
        ScopedContent once = ScopedContent.of(fixture, scoped);
        MigrationReport again = harness.migration().migrate(root, scoped);
        assertEquals(0, again.migrated() + again.quarantined());
        assertEquals(once, ScopedContent.of(fixture, scoped));
    }

    // ---- mapping, dropped columns, schema incompatibility ----

    @Test
    void march_era_columns_are_mapped_and_unknown_ones_dropped_but_kept_in_quarantine() throws Exception {
        List<String> queueColumns = List.of("id", "event_id", "event_type", "data", "timestamp", "retry_count", "extra");
        fixture.createLegacy(legacy, List.of(
                new LegacyTable("queue", queueColumns, List.of(
                        event(1, "e1", "T", "{}").without("coalesce_key").with("extra", CellValue.text("x")),
                        event(2, null, "T", "{}").without("coalesce_key").with("extra", CellValue.text("y")))),
                new LegacyTable("body_upload_queue", Rows.OLD_BODY_COLUMNS, List.of(Rows.body(1, "012-m", "spec.md", "b")
                        .without("mission_slug").without("mission_type")
                        .with("feature_slug", CellValue.text("012-m"))
                        .with("mission_key", CellValue.text("software-dev"))))));
        MigrationReport report = harness.migration().migrate(root, scoped);
        assertEquals(List.of("extra"), report.table(QueueTable.QUEUE).droppedColumns());
        assertEquals(List.of(), report.table(QueueTable.BODY_UPLOAD_QUEUE).droppedColumns());
        assertEquals(1, report.table(QueueTable.BODY_UPLOAD_QUEUE).copied());

        QueueRow copied = fixture.rows(scoped, "queue").get(0);
        assertFalse(copied.has("extra"));
        assertEquals(CellValue.NULL, copied.get("coalesce_key").orElseThrow());
        assertEquals(CellValue.text("012-m"), fixture.rows(scoped, "body_upload_queue").get(0)
                .get("mission_slug").orElseThrow());
        String quarantined = harness.stores.inspectQueues().quarantine(scoped).get(0).legacyRowJson();
        assertTrue(quarantined.contains("\"extra\":\"y\"") && quarantined.contains("\"coalesce_key\":null"),
                quarantined);
    }

    @Test
    void a_table_missing_a_key_column_quarantines_every_row_by_rowid() throws Exception {
        fixture.createLegacy(legacy, List.of(new LegacyTable("queue", List.of("id", "event_type", "data"),
                List.of(row("id", 4L, "event_type", "T", "data", "{}"), row("id", 9L, "event_type", "U", "data", "{}")))));
        MigrationReport report = harness.migration().migrate(root, scoped);
        assertEquals(new TableReport(0, 0, 0, 2, 0, List.of()), report.table(QueueTable.QUEUE));
        assertEquals(List.of(
                "[INFO] quarantined row legacy\u2192scoped: table=queue key=rowid=4 reason=schema_incompatible",
                "[INFO] quarantined row legacy\u2192scoped: table=queue key=rowid=9 reason=schema_incompatible"),
                harness.log.lines());
        assertEquals(List.of("{\"rowid\":4}", "{\"rowid\":9}"),
                harness.stores.inspectQueues().quarantine(scoped).stream().map(QuarantineEntry::stableKey).toList());
    }

    // ---- nothing to migrate, failures ----

    @Test
    void without_a_legacy_queue_nothing_is_locked_or_created() throws Exception {
        harness.locks.holdElsewhere(root, LockName.QUEUE_MIGRATION);
        MigrationReport report = harness.migration().migrate(root, scoped);
        assertEquals(MigrationReport.Outcome.NO_LEGACY_QUEUE, report.outcome());
        assertFalse(fixture.exists(scoped));
        assertFalse(fixture.exists(legacy));
    }

    @Test
    void a_legacy_queue_without_queue_tables_creates_no_scoped_file() throws Exception {
        fixture.createLegacy(legacy, List.of(new LegacyTable("something_else", List.of("a"), List.of())));
        assertEquals(MigrationReport.Outcome.NO_QUEUE_TABLES, harness.migration().migrate(root, scoped).outcome());
        assertFalse(fixture.exists(scoped));
        assertFalse(harness.locks.isHeld(root, LockName.QUEUE_MIGRATION));
    }

    @Test
    void an_unreadable_legacy_queue_fails_on_the_legacy_side_before_creating_anything() {
        fixture.createNotADatabase(legacy);
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> harness.migration().migrate(root, scoped));
        assertTrue(e.legacySide());
        assertEquals(legacy + ": file is not a database", e.getMessage());
        assertFalse(fixture.exists(scoped));
        assertFalse(fixture.exists(scoped.getParent()));
    }

    @Test
    void an_unusable_scoped_file_fails_on_the_scoped_side_and_leaves_legacy_rows() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        fixture.createNotADatabase(scoped);
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> harness.migration().migrate(root, scoped));
        assertFalse(e.legacySide());
        assertEquals(1, fixture.rows(legacy, "queue").size());
    }

    @Test
    void a_held_lock_is_reported_and_nothing_is_touched() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        harness.locks.holdElsewhere(root, LockName.QUEUE_MIGRATION);
        assertThrows(LockUnavailableException.class, () -> harness.migration().migrate(root, scoped));
        assertFalse(fixture.exists(scoped));
        assertEquals(1, fixture.rows(legacy, "queue").size());
    }

    @Test
    void the_lock_is_released_after_a_run() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"))));
        harness.migration().migrate(root, scoped);
        assertFalse(harness.locks.isHeld(root, LockName.QUEUE_MIGRATION));
    }

    // ---- concurrency and verify ----

    @Test
    void a_row_changed_after_its_snapshot_survives_and_moves_on_the_next_run() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"), event(2, "e2", "T", "{}"))));
        MigrationCheckpoints concurrentWriter = (checkpoint, table) -> {
            if (checkpoint == MigrationCheckpoint.AFTER_APPLY_COMMIT) {
                fixture.updateRow(legacy, "queue", 2, "retry_count", CellValue.integer(1));
            }
        };
        MigrationReport report = harness.migration(BatchLimits.DEFAULT, concurrentWriter).migrate(root, scoped);
        assertEquals(new TableReport(1, 0, 0, 0, 1, List.of()), report.table(QueueTable.QUEUE));
        assertEquals(1, harness.log.lines().size());
        assertEquals(List.of(), fixture.rows(scoped, "migration_ledger"));

        MigrationReport next = harness.migration().migrate(root, scoped);
        assertEquals(new TableReport(0, 1, 0, 0, 0, List.of()), next.table(QueueTable.QUEUE));
    }

    @Test
    void rows_inserted_after_their_table_was_migrated_stay_for_the_next_run() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}")),
                Rows.bodies(Rows.body(1, "012-m", "spec.md", "b"))));
        MigrationCheckpoints lateWriter = (checkpoint, table) -> {
            if (checkpoint == MigrationCheckpoint.AFTER_PRUNE && table == QueueTable.BODY_UPLOAD_QUEUE) {
                fixture.insertRow(legacy, "queue", event(7, "late", "T", "{}"));
            }
        };
        harness.migration(BatchLimits.DEFAULT, lateWriter).migrate(root, scoped);
        assertEquals(1, fixture.rows(legacy, "queue").size());
        MigrationReport next = harness.migration().migrate(root, scoped);
        assertEquals(1, next.table(QueueTable.QUEUE).copied());
        assertEquals(List.of(), fixture.rows(legacy, "queue"));
        assertEquals(2, fixture.rows(scoped, "queue").size());
    }

    @Test
    void a_row_whose_evidence_cannot_be_read_back_stays_in_legacy_with_a_warning() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"), event(2, "e2", "T", "{}"))));
        MigrationCheckpoints thief = (checkpoint, table) -> {
            if (checkpoint == MigrationCheckpoint.AFTER_APPLY_COMMIT) {
                long rowid = fixture.rows(scoped, "queue").stream()
                        .filter(r -> r.get("event_id").orElseThrow().equals(CellValue.text("e2")))
                        .map(r -> ((CellValue.IntegerCell) r.get("id").orElseThrow()).value()).findFirst().orElseThrow();
                fixture.updateRow(scoped, "queue", rowid, "event_id", CellValue.text("delivered-elsewhere"));
            }
        };
        MigrationReport report = harness.migration(BatchLimits.DEFAULT, thief).migrate(root, scoped);
        assertEquals(List.of("[INFO] migrated row legacy\u2192scoped: table=queue key=event_id='e1'",
                        "[WARN] migration verify failed: table=queue key=event_id='e2'"),
                harness.log.lines().stream().sorted().toList());
        assertEquals(1, report.table(QueueTable.QUEUE).remaining());
        assertEquals(1, fixture.rows(legacy, "queue").size());
        assertEquals(List.of(), fixture.rows(scoped, "migration_ledger"));
    }

    // ---- crash safety (§7.4) ----

    @ParameterizedTest
    @EnumSource(MigrationCheckpoint.class)
    void a_crash_at_any_checkpoint_then_a_rerun_ends_like_one_uninterrupted_run(MigrationCheckpoint checkpoint)
            throws Exception {
        arrangeEveryDecision();
        Path cleanRoot = root.resolve("clean");
        Path cleanLegacy = cleanRoot.resolve("queue.db");
        Path cleanScoped = cleanRoot.resolve("queues").resolve(scoped.getFileName());
        arrangeEveryDecision(cleanLegacy, cleanScoped);
        harness.migration(new BatchLimits(2, 1_000_000), MigrationCheckpoints.NONE).migrate(cleanRoot, cleanScoped);

        CrashAt crash = new CrashAt(checkpoint, 2);
        assertThrows(CrashAt.SimulatedCrash.class,
                () -> harness.migration(new BatchLimits(2, 1_000_000), crash).migrate(root, scoped));
        assertFalse(harness.locks.isHeld(root, LockName.QUEUE_MIGRATION));
        harness.migration(new BatchLimits(2, 1_000_000), MigrationCheckpoints.NONE).migrate(root, scoped);

        assertEquals(ScopedContent.of(fixture, cleanScoped), ScopedContent.of(fixture, scoped));
        for (String table : List.of("queue", "body_upload_queue", "body_upload_failure_log")) {
            assertEquals(List.of(), fixture.rows(legacy, table));
        }
    }

    // ---- dry run (§7.7) ----

    @Test
    void the_dry_run_reports_would_be_outcomes_and_changes_nothing() throws Exception {
        arrangeEveryDecision();
        ScopedContent before = ScopedContent.of(fixture, scoped);
        harness.locks.holdElsewhere(root, LockName.QUEUE_MIGRATION);
        MigrationReport dry = harness.migration().dryRun(root, scoped);
        assertTrue(dry.dryRun());
        assertEquals(new TableReport(2, 1, 0, 2, 5, List.of()), dry.table(QueueTable.QUEUE),
                "insert_failed cannot be predicted without writing: counted as copied");
        assertEquals(new TableReport(1, 1, 0, 1, 3, List.of()), dry.table(QueueTable.BODY_UPLOAD_QUEUE));
        assertEquals(new TableReport(1, 0, 1, 0, 2, List.of()), dry.table(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        assertEquals(List.of(), harness.log.lines());
        assertEquals(before, ScopedContent.of(fixture, scoped));
        assertEquals(5, fixture.rows(legacy, "queue").size());
    }

    @Test
    void the_dry_run_without_a_scoped_file_creates_none() throws Exception {
        fixture.createLegacy(legacy, List.of(Rows.queue(event(1, "e1", "T", "{}"), event(2, "e1", "T", "{\"x\":1}"))));
        MigrationReport dry = harness.migration().dryRun(root, scoped);
        assertEquals(new TableReport(1, 0, 0, 1, 2, List.of()), dry.table(QueueTable.QUEUE),
                "the second row meets the first one's would-be copy");
        assertFalse(fixture.exists(scoped));
        assertFalse(fixture.exists(scoped.getParent()));
    }

    @Test
    void the_dry_run_fails_on_the_legacy_side_for_an_unreadable_legacy_queue() {
        fixture.createNotADatabase(legacy);
        MigrationFailedException e = assertThrows(MigrationFailedException.class,
                () -> harness.migration().dryRun(root, scoped));
        assertTrue(e.legacySide());
    }
}
