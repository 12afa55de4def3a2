package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SC-1/SC-2 through the jar: {@code sync migrate} on the reference fixtures gives exactly the outcomes of
 * fixtures/MANIFEST.md §4.1 and §4.3 (on-disk.md §7, cli.md §6, clarifications #12–#14, #32).
 */
@Tag("e2e")
class LegacyMigrationIT {

    private static final String DIVERGENT_EVENT = "01KRX31CR54EEBCYS1ZNS78BSS";
    private static final String[] SCOPED_TABLES = {"queue", "body_upload_queue", "body_upload_failure_log",
        "migration_quarantine", "migration_ledger"};
    private static final String SECONDS_FORM = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+00:00";

    @TempDir
    Path temp;

    @Test
    void mergesTheMayLegacyQueueIntoTheOverlappingScopedQueueExactlyAsTheManifestSays() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db")
                .withScoped("scoped-queue-overlap.db");

        // The dry run predicts the outcome and touches nothing.
        Map<String, String> before = E2eRoot.snapshot(root.root());
        E2eRoot.Run dryRun = root.run("sync", "migrate", "--dry-run", "--json");
        assertEquals(0, dryRun.exitCode(), dryRun::toString);
        JsonObject predicted = dryRun.json();
        assertTrue(predicted.get("dry_run").getAsBoolean());
        assertTables(predicted, new int[] {20, 3, 0, 1, 24}, new int[] {10, 2, 0, 0, 12}, new int[] {3, 0, 0, 0, 3});
        assertEquals(before, E2eRoot.snapshot(root.root()), "a dry run creates and changes nothing");
        assertFalse(dryRun.stderr().contains("migrated row"), "a dry run logs no per-row lines");

        E2eRoot.Run migrate = root.run("sync", "migrate", "--json");
        assertEquals(0, migrate.exitCode(), migrate::toString);
        JsonObject report = migrate.json();
        assertFalse(report.get("dry_run").getAsBoolean());
        assertEquals(E2eRoot.SCOPE, report.get("scope").getAsString());
        assertEquals(root.legacy().toString(), report.get("legacy_db_path").getAsString());
        assertTrue(report.get("legacy_exists").getAsBoolean());
        assertEquals(root.scoped().toString(), report.get("scoped_db_path").getAsString());
        assertTables(report, new int[] {20, 3, 0, 1, 0}, new int[] {10, 2, 0, 0, 0}, new int[] {3, 0, 0, 0, 0});
        assertEquals(38, report.get("migrated").getAsInt(), "33 inserted + 5 identical duplicates");
        assertEquals(1, report.get("quarantined").getAsInt());
        assertEquals(0, report.get("remaining_legacy_rows").getAsInt());

        // One INFO line per row removed from legacy (on-disk.md §7.6), never a payload column.
        List<String> migratedLines = migrate.stderrLines().stream()
                .filter(l -> l.startsWith("[INFO] migrated row legacy\u2192scoped: table=")).toList();
        assertEquals(38, migratedLines.size(), migrate::toString);
        assertTrue(migratedLines.contains("[INFO] migrated row legacy\u2192scoped: table=queue"
                + " key=event_id='01KRX1NDXNSRV8CFTHPTXFKMB3'"), migrate::toString);
        assertTrue(migrate.stderrLines().contains("[INFO] quarantined row legacy\u2192scoped: table=queue key=event_id='"
                + DIVERGENT_EVENT + "' reason=divergent_duplicate"), migrate::toString);
        assertFalse(migrate.stderr().contains("no_auth") || migrate.stderr().contains("Naïve"),
                "log lines never carry data or content_body");

        // The resulting databases (MANIFEST.md §4.1).
        for (String table : List.of("queue", "body_upload_queue", "body_upload_failure_log")) {
            assertEquals(0, QueueDb.count(root.legacy(), table), "legacy " + table + " is emptied");
        }
        assertEquals(24, QueueDb.count(root.scoped(), "queue"));
        assertEquals(12, QueueDb.count(root.scoped(), "body_upload_queue"));
        assertEquals(3, QueueDb.count(root.scoped(), "body_upload_failure_log"));
        assertEquals(1, QueueDb.count(root.scoped(), "migration_quarantine"));
        assertEquals(0, QueueDb.count(root.scoped(), "migration_ledger"), "a finished migration leaves no ledger");
        assertEquals(1, retryCount(root.scoped(), "01KRX1NDXNSRV8CFTHPTXFKMB3"), "retry_count travels");
        assertEquals(2, retryCount(root.scoped(), "01KRX28ND81PXBS763PZPXFY22"), "retry_count travels");
        String scopedData = (String) QueueDb.query(root.scoped(), "SELECT data FROM queue WHERE event_id = ?",
                DIVERGENT_EVENT).get(0).get("data");
        assertTrue(scopedData.contains("\"team_slug\": \"team-1\""), "the scoped copy of the divergent row is kept");

        Map<String, Object> quarantine = QueueDb.query(root.scoped(), "SELECT * FROM migration_quarantine").get(0);
        assertEquals("queue", quarantine.get("table_name"));
        assertEquals("{\"event_id\":\"" + DIVERGENT_EVENT + "\"}", quarantine.get("stable_key"));
        assertEquals("divergent_duplicate", quarantine.get("reason"));
        String legacyRowJson = (String) quarantine.get("legacy_row_json");
        assertTrue(legacyRowJson.contains(DIVERGENT_EVENT), legacyRowJson);
        JsonObject legacyRow = JsonParser.parseString(legacyRowJson).getAsJsonObject();
        assertEquals(15, legacyRow.get("id").getAsInt(), "the legacy row keeps its legacy id (MANIFEST.md §3.1)");
        assertTrue(legacyRow.get("data").getAsString().contains("\"drain_blocked_reason\": \"no_auth\""));
        assertEquals(legacyRow.toString(), legacyRowJson, "canonical row JSON is compact (clarifications #12)");
        assertEquals(legacyRow.keySet().stream().sorted().toList(), List.copyOf(legacyRow.keySet()), "sorted keys");
        JsonObject scopedRow = JsonParser.parseString((String) quarantine.get("scoped_row_json")).getAsJsonObject();
        assertTrue(scopedRow.get("data").getAsString().contains("\"team_slug\": \"team-1\""));
        assertTrue(((String) quarantine.get("quarantined_at")).matches(SECONDS_FORM), quarantine::toString);

        // A second run finds nothing to do and changes nothing.
        Map<String, List<Map<String, Object>>> content = QueueDb.dump(root.scoped(), SCOPED_TABLES);
        String legacyDigest = E2eRoot.sha256(root.legacy());
        E2eRoot.Run again = root.run("sync", "migrate", "--json");
        assertEquals(0, again.exitCode(), again::toString);
        assertTables(again.json(), new int[] {0, 0, 0, 0, 0}, new int[] {0, 0, 0, 0, 0}, new int[] {0, 0, 0, 0, 0});
        assertEquals(0, again.json().get("migrated").getAsInt());
        assertEquals(0, again.json().get("quarantined").getAsInt());
        assertEquals("", again.stderr(), "no row moved, so no log line");
        assertEquals(content, QueueDb.dump(root.scoped(), SCOPED_TABLES), "the rerun is idempotent");
        assertEquals(legacyDigest, E2eRoot.sha256(root.legacy()));

        // The quarantine is visible (clarifications #32) and is not a --check failure.
        E2eRoot.Run shown = root.run("sync", "migrate", "--show-quarantine", "--json");
        assertEquals(0, shown.exitCode(), shown::toString);
        JsonObject listing = shown.json();
        assertEquals(E2eRoot.SCOPE, listing.get("scope").getAsString());
        assertEquals(root.scoped().toString(), listing.get("scoped_db_path").getAsString());
        JsonArray records = listing.getAsJsonArray("quarantine");
        assertEquals(1, records.size(), shown::toString);
        JsonObject record = records.get(0).getAsJsonObject();
        assertEquals("queue", record.get("table").getAsString());
        assertEquals("{\"event_id\":\"" + DIVERGENT_EVENT + "\"}", record.get("stable_key").getAsString());
        assertEquals("divergent_duplicate", record.get("reason").getAsString());
        assertEquals(quarantine.get("quarantined_at"), record.get("quarantined_at").getAsString());
        assertEquals(legacyRow, record.get("legacy_row"));
        assertEquals(scopedRow, record.get("scoped_row"));

        E2eRoot.Run human = root.run("sync", "migrate", "--show-quarantine");
        assertEquals(0, human.exitCode(), human::toString);
        assertEquals("queue  {\"event_id\":\"" + DIVERGENT_EVENT + "\"}  divergent_duplicate  "
                + quarantine.get("quarantined_at") + "\n", human.stdout());

        E2eRoot.Run both = root.run("sync", "migrate", "--show-quarantine", "--dry-run", "--json");
        assertEquals(2, both.exitCode(), both::toString);
        assertEquals("USAGE_ERROR", both.json().get("error_code").getAsString());
        assertEquals("Error: " + both.json().get("error").getAsString() + "\nRun 'spec-kitty help sync migrate' for"
                + " usage.\n", both.stderr(), "clarifications #2, #32");

        E2eRoot.Run check = root.run("sync", "status", "--check", "--json");
        assertEquals(0, check.exitCode(), check::toString);
        JsonObject status = check.json();
        assertTrue(status.get("ok").getAsBoolean(), check::toString);
        assertEquals(1, status.getAsJsonObject("active_queue").get("quarantine_count").getAsInt());
        assertEquals(24, status.getAsJsonObject("active_queue").get("event_count").getAsInt());
        assertEquals(0, status.getAsJsonObject("legacy_queue").get("rows_in_scope").getAsInt());
        assertEquals(content, QueueDb.dump(root.scoped(), SCOPED_TABLES), "read-only commands keep the content");
    }

    @ParameterizedTest
    @ValueSource(strings = {"legacy-queue-old.db", "legacy-queue-old-opened-by-me.db"})
    void movesEveryMarchEraEventAndBodyIntoANewScopedQueue(String fixture) throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy(fixture);
        Set<String> legacyBodyColumns = QueueDb.columns(root.legacy(), "body_upload_queue");
        Set<String> legacyTables = QueueDb.tables(root.legacy());
        assertFalse(Files.exists(root.queuesDirectory()));

        // umask 000: the product sets 0700/0600 itself (on-disk.md §4.2).
        E2eRoot.Run migrate = root.runUnderUmask("000", "sync", "migrate", "--json");
        assertEquals(0, migrate.exitCode(), migrate::toString);
        JsonObject report = migrate.json();
        assertTables(report, new int[] {30, 0, 0, 0, 0}, new int[] {12, 0, 0, 0, 0}, new int[] {0, 0, 0, 0, 0});
        assertEquals(42, report.get("migrated").getAsInt());
        assertEquals(0, report.get("quarantined").getAsInt());
        assertEquals(0, report.get("remaining_legacy_rows").getAsInt());
        assertEquals(42, migrate.stderrLines().stream().filter(l -> l.startsWith("[INFO] migrated row ")).count());

        assertEquals("rwx------", mode(root.queuesDirectory()), "queues/ is created 0700");
        assertEquals("rw-------", mode(root.scoped()), "the scoped DB is created 0600");
        for (String companion : List.of("-wal", "-shm")) {
            Path file = root.scoped().resolveSibling(E2eRoot.SCOPED_FILE + companion);
            if (Files.exists(file)) {
                assertEquals("rw-------", mode(file), companion + " inherits the DB's mode");
            }
        }
        assertEquals("rw-------", mode(root.migrationLock()), "the lock file is created 0600");

        assertEquals("wal", QueueDb.journalMode(root.scoped()));
        assertEquals(30, QueueDb.count(root.scoped(), "queue"));
        assertEquals(30, ((Number) QueueDb.query(root.scoped(), "SELECT COUNT(*) AS n FROM queue"
                + " WHERE coalesce_key IS NULL").get(0).get("n")).intValue(), "old events carry no coalesce key");
        assertEquals(12, QueueDb.count(root.scoped(), "body_upload_queue"));
        assertEquals(6, ((Number) QueueDb.query(root.scoped(), "SELECT COUNT(*) AS n FROM body_upload_queue"
                + " WHERE mission_slug = '012-my-mission' AND mission_type = 'software-dev'").get(0).get("n")).intValue(),
                "feature_slug/mission_key are read as mission_slug/mission_type");
        assertEquals(0, QueueDb.count(root.scoped(), "body_upload_failure_log"));
        assertEquals(0, QueueDb.count(root.scoped(), "migration_quarantine"));

        assertEquals(0, QueueDb.count(root.legacy(), "queue"));
        assertEquals(0, QueueDb.count(root.legacy(), "body_upload_queue"));
        assertEquals(legacyBodyColumns, QueueDb.columns(root.legacy(), "body_upload_queue"), "legacy is never altered");
        assertTrue(legacyBodyColumns.contains("feature_slug") && legacyBodyColumns.contains("mission_key"));
        assertEquals(legacyTables, QueueDb.tables(root.legacy()), "no table is added to the legacy DB");

        E2eRoot.Run check = root.run("sync", "status", "--check");
        assertEquals(0, check.exitCode(), check::toString);
        assertTrue(check.stdout().endsWith("Identity boundary check: OK\n"), check::toString);
    }

    /** Asserts copied, duplicate, merged, quarantined, remaining of the three tables and no dropped column. */
    private static void assertTables(JsonObject report, int[] queue, int[] bodies, int[] failures) {
        JsonObject tables = report.getAsJsonObject("tables");
        Map<String, int[]> expected = Map.of("queue", queue, "body_upload_queue", bodies, "body_upload_failure_log",
                failures);
        expected.forEach((table, counts) -> {
            JsonObject actual = tables.getAsJsonObject(table);
            String[] keys = {"copied", "duplicate", "merged", "quarantined", "remaining"};
            for (int i = 0; i < keys.length; i++) {
                assertEquals(counts[i], actual.get(keys[i]).getAsInt(), table + "." + keys[i] + " in " + report);
            }
            assertEquals(new JsonArray(), actual.get("dropped_columns"), table + ".dropped_columns");
        });
    }

    private static long retryCount(Path db, String eventId) {
        return ((Number) QueueDb.query(db, "SELECT retry_count FROM queue WHERE event_id = ?", eventId).get(0)
                .get("retry_count")).longValue();
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
