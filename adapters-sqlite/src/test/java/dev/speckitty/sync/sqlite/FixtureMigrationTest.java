package dev.speckitty.sync.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.migration.TableReport;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.ScopedContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixture DBs of the Python reference end exactly as shared/fixtures/MANIFEST.md says. */
class FixtureMigrationTest {

    private static final String DIVERGENT = "01KRX31CR54EEBCYS1ZNS78BSS";

    @TempDir
    Path root;
    private MigrationHarness harness;
    private SqliteFixture fixture;
    private Path legacy;
    private Path scoped;

    @BeforeEach
    void setUp() {
        harness = new MigrationHarness(new SqliteStores());
        fixture = new SqliteFixture();
        legacy = root.resolve("queue.db");
        scoped = root.resolve("queues").resolve("queue-8b85169673aa98b5.db");
    }

    private Map<String, QueueRow> eventsById(Path db) {
        return fixture.rows(db, "queue").stream().collect(Collectors.toMap(
                r -> ((CellValue.TextCell) r.get("event_id").orElseThrow()).value(), Function.identity()));
    }

    @Test
    void merging_legacy_me_into_the_overlapping_scoped_queue_matches_the_manifest() throws Exception {
        SharedFixtures.copy("legacy-queue-me.db", legacy);
        SharedFixtures.copy("scoped-queue-overlap.db", scoped);
        Map<String, QueueRow> legacyEvents = eventsById(legacy);
        QueueRow scopedDivergent = eventsById(scoped).get(DIVERGENT);

        MigrationReport report = harness.migration().migrate(root, scoped);

        assertEquals(new TableReport(20, 3, 0, 1, 0, List.of()), report.table(QueueTable.QUEUE));
        assertEquals(new TableReport(10, 2, 0, 0, 0, List.of()), report.table(QueueTable.BODY_UPLOAD_QUEUE));
        assertEquals(new TableReport(3, 0, 0, 0, 0, List.of()), report.table(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        assertEquals(38, report.migrated());
        assertEquals(1, report.quarantined());
        for (String table : List.of("queue", "body_upload_queue", "body_upload_failure_log")) {
            assertEquals(List.of(), fixture.rows(legacy, table), "legacy " + table);
        }
        assertEquals(24, fixture.rows(scoped, "queue").size());
        assertEquals(12, fixture.rows(scoped, "body_upload_queue").size());
        assertEquals(3, fixture.rows(scoped, "body_upload_failure_log").size());

        Map<String, QueueRow> scopedEvents = eventsById(scoped);
        assertEquals(scopedDivergent, scopedEvents.get(DIVERGENT), "the scoped copy of the divergent event is kept");
        assertTrue(((CellValue.TextCell) scopedEvents.get(DIVERGENT).get("data").orElseThrow()).value()
                .contains("\"team_slug\": \"team-1\""));
        assertEquals(CellValue.integer(1), scopedEvents.get("01KRX1NDXNSRV8CFTHPTXFKMB3").get("retry_count").orElseThrow());
        assertEquals(CellValue.integer(2), scopedEvents.get("01KRX28ND81PXBS763PZPXFY22").get("retry_count").orElseThrow());
        for (Map.Entry<String, QueueRow> entry : legacyEvents.entrySet()) {
            assertEquals(entry.getValue().without("id").without("data").get("timestamp"),
                    scopedEvents.get(entry.getKey()).get("timestamp"));
            assertEquals(entry.getValue().get("coalesce_key"), scopedEvents.get(entry.getKey()).get("coalesce_key"));
        }

        List<QuarantineEntry> quarantine = SqliteAdapters.inspectQueues().quarantine(scoped);
        assertEquals(1, quarantine.size());
        QuarantineEntry only = quarantine.get(0);
        assertEquals("queue", only.table());
        assertEquals("{\"event_id\":\"" + DIVERGENT + "\"}", only.stableKey());
        assertEquals("divergent_duplicate", only.reason());
        assertTrue(only.legacyRowJson().contains("\\\"drain_blocked_reason\\\": \\\"no_auth\\\""), only.legacyRowJson());
        assertTrue(only.legacyRowJson().contains("\"id\":15"), only.legacyRowJson());
        assertTrue(only.scopedRowJson().contains("\\\"team_slug\\\": \\\"team-1\\\""), only.scopedRowJson());

        List<String> lines = harness.log.lines();
        assertEquals(39, lines.size());
        assertEquals(38, lines.stream().filter(l -> l.startsWith("[INFO] migrated row legacy\u2192scoped: table=")).count());
        assertTrue(lines.contains("[INFO] quarantined row legacy\u2192scoped: table=queue key=event_id='" + DIVERGENT
                + "' reason=divergent_duplicate"));

        ScopedContent once = ScopedContent.of(fixture, scoped);
        MigrationReport again = harness.migration().migrate(root, scoped);
        assertEquals(0, again.migrated() + again.quarantined());
        assertEquals(once, ScopedContent.of(fixture, scoped));
    }

    @Test
    void the_march_era_legacy_queue_migrates_all_30_events_and_12_bodies() throws Exception {
        SharedFixtures.copy("legacy-queue-old.db", legacy);
        MigrationReport report = harness.migration().migrate(root, scoped);
        assertEquals(new TableReport(30, 0, 0, 0, 0, List.of()), report.table(QueueTable.QUEUE));
        assertEquals(new TableReport(12, 0, 0, 0, 0, List.of()), report.table(QueueTable.BODY_UPLOAD_QUEUE));
        assertEquals(TableReport.empty(), report.table(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        assertEquals(30, fixture.rows(scoped, "queue").size());
        assertTrue(fixture.rows(scoped, "queue").stream().allMatch(r -> r.get("coalesce_key").orElseThrow().isNull()));
        List<QueueRow> bodies = fixture.rows(scoped, "body_upload_queue");
        assertEquals(12, bodies.size());
        assertEquals(6, bodies.stream().filter(r -> r.get("mission_slug").orElseThrow()
                .equals(CellValue.text("012-my-mission"))).count());
        assertTrue(bodies.stream().allMatch(r -> r.get("mission_type").orElseThrow().equals(CellValue.text("software-dev"))));
        assertEquals(List.of(), fixture.rows(legacy, "queue"));
        assertEquals(List.of(), fixture.rows(legacy, "body_upload_queue"));
        assertEquals(List.of("id", "project_uuid", "feature_slug", "target_branch", "mission_key", "manifest_version",
                "artifact_path", "content_hash", "hash_algorithm", "content_body", "size_bytes", "retry_count",
                "next_attempt_at", "created_at", "last_error"), fixture.columns(legacy, "body_upload_queue"),
                "the legacy schema is never altered");
    }

    @Test
    void the_march_db_opened_by_may_code_migrates_the_same_rows() throws Exception {
        SharedFixtures.copy("legacy-queue-old-opened-by-me.db", legacy);
        MigrationReport report = harness.migration().migrate(root, scoped);
        assertEquals(30, report.table(QueueTable.QUEUE).copied());
        assertEquals(12, report.table(QueueTable.BODY_UPLOAD_QUEUE).copied());
        assertEquals(TableReport.empty(), report.table(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        assertEquals(0, report.remainingLegacyRows());
    }

    @Test
    void the_dry_run_of_the_overlap_predicts_the_real_run_and_changes_nothing() throws Exception {
        SharedFixtures.copy("legacy-queue-me.db", legacy);
        SharedFixtures.copy("scoped-queue-overlap.db", scoped);
        String legacyBefore = SharedFixtures.sha256(legacy);
        String scopedBefore = SharedFixtures.sha256(scoped);
        MigrationReport dry = harness.migration().dryRun(root, scoped);
        assertEquals(new TableReport(20, 3, 0, 1, 24, List.of()), dry.table(QueueTable.QUEUE));
        assertEquals(new TableReport(10, 2, 0, 0, 12, List.of()), dry.table(QueueTable.BODY_UPLOAD_QUEUE));
        assertEquals(new TableReport(3, 0, 0, 0, 3, List.of()), dry.table(QueueTable.BODY_UPLOAD_FAILURE_LOG));
        assertEquals(legacyBefore, SharedFixtures.sha256(legacy));
        assertEquals(scopedBefore, SharedFixtures.sha256(scoped));
        assertEquals(List.of(), harness.log.lines());
    }

    @Test
    void inspection_counts_the_fixtures_read_only() {
        Path me = SharedFixtures.copy("legacy-queue-me.db", root.resolve("me.db"));
        Path old = SharedFixtures.copy("legacy-queue-old.db", root.resolve("old.db"));
        String before = SharedFixtures.sha256(old);
        assertEquals(new QueueInspection(me, true, null, 24L, 12L, 3L, 0L), SqliteAdapters.inspectQueues().inspect(me));
        assertEquals(new QueueInspection(old, true, null, 30L, 12L, 0L, 0L), SqliteAdapters.inspectQueues().inspect(old));
        assertTrue(SqliteAdapters.inspectQueues().hasBodyUploadsForMission(old, "013-other-mission"));
        assertFalse(SqliteAdapters.inspectQueues().hasBodyUploadsForMission(old, "014-none"));
        assertEquals(before, SharedFixtures.sha256(old));
        assertFalse(fixture.exists(root.resolve("old.db-journal")));
        assertFalse(fixture.exists(root.resolve("old.db-wal")));
    }
}
