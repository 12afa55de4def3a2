package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync status} reports legacy rows but never moves them (cli.md §5, §1.12, on-disk.md §4.5), its
 * {@code --check} verdict points at {@code sync migrate}, and without an identity the legacy DB is the active
 * queue (cli.md §3.3, §6.1 step 1).
 */
@Tag("e2e")
class StatusNeverMigratesIT {

    /** cli.md §5.3, every key of the document and of its nested objects. */
    private static final Set<String> TOP_LEVEL = Set.of("schema_version", "check", "ok", "exit_code",
            "saas_sync_enabled", "auth_required", "auth_present", "foreground", "active_queue", "legacy_queue", "daemon",
            "daemon_owner_record", "mismatches", "orphan_record_count", "live_orphan_daemon_count",
            "orphan_daemon_count", "live_orphan_daemons", "daemon_scan_diagnostic", "failures");
    private static final Map<String, Set<String>> NESTED = Map.of(
            "foreground", Set.of("package_version", "executable_path", "source_checkout_path", "server_url",
                    "identity_source", "auth_principal", "auth_team", "auth_scope", "queue_db_path",
                    "active_queue_scope_marker"),
            "active_queue", Set.of("path", "scoped", "exists", "event_count", "body_upload_count", "failure_log_count",
                    "quarantine_count"),
            "legacy_queue", Set.of("path", "exists", "event_count", "body_upload_count", "failure_log_count",
                    "rows_in_scope", "stranded_mission_slug"),
            "daemon", Set.of("registered", "healthy", "url", "pid", "port", "package_version", "protocol_version"),
            "daemon_owner_record", Set.of("status", "path", "pid", "port", "package_version", "executable_path",
                    "source_checkout_path", "server_url", "auth_principal", "auth_team", "auth_scope", "queue_db_path",
                    "started_at", "orphan_reasons", "unreadable_reason", "unreadable_detail"));
    private static final String R4 = "Run `spec-kitty sync migrate` to move the legacy rows into the active scoped"
            + " queue.";
    private static final String R5 = "Run `spec-kitty auth status` to see why no identity resolves, then log in with"
            + " the spec-kitty reference CLI or unset SPEC_KITTY_ENABLE_SAAS_SYNC.";

    @TempDir
    Path temp;

    @Test
    void statusReportsLegacyRowsWithoutTouchingAnyFileAndCheckPointsAtSyncMigrate() {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        Map<String, String> before = E2eRoot.snapshot(root.root());

        E2eRoot.Run human = root.run("sync", "status");
        assertEquals(0, human.exitCode(), human::toString);
        assertTrue(human.stdout().startsWith("Spec Kitty Sync Status\n"), human::toString);
        assertTrue(human.stdoutLines().contains("  Rows in scope          39"), human::toString);
        assertTrue(human.stdout().endsWith("Run `spec-kitty sync status --check` to verify boundary coherence.\n"));

        E2eRoot.Run json = root.run("sync", "status", "--json");
        assertEquals(0, json.exitCode(), json::toString);
        JsonObject report = json.json();
        assertShape(report);
        assertFalse(report.get("check").getAsBoolean());
        assertFalse(report.get("ok").getAsBoolean(), "failure 4 is present even without --check");
        assertEquals(0, report.get("exit_code").getAsInt());
        assertTrue(report.get("auth_present").getAsBoolean());
        JsonObject foreground = report.getAsJsonObject("foreground");
        assertEquals("credentials", foreground.get("identity_source").getAsString());
        assertEquals(E2eRoot.SCOPE, foreground.get("auth_scope").getAsString());
        assertEquals(root.scoped().toString(), foreground.get("queue_db_path").getAsString());
        JsonObject active = report.getAsJsonObject("active_queue");
        assertEquals(root.scoped().toString(), active.get("path").getAsString());
        assertTrue(active.get("scoped").getAsBoolean());
        assertFalse(active.get("exists").getAsBoolean());
        assertEquals(0, active.get("event_count").getAsInt(), "an absent scoped DB counts 0");
        JsonObject legacy = report.getAsJsonObject("legacy_queue");
        assertEquals(root.legacy().toString(), legacy.get("path").getAsString());
        assertEquals(24, legacy.get("event_count").getAsInt());
        assertEquals(12, legacy.get("body_upload_count").getAsInt());
        assertEquals(3, legacy.get("failure_log_count").getAsInt());
        assertEquals(39, legacy.get("rows_in_scope").getAsInt());

        E2eRoot.Run check = root.run("sync", "status", "--check", "--json");
        assertEquals(2, check.exitCode(), check::toString);
        JsonObject verdict = check.json();
        assertShape(verdict);
        assertEquals(2, verdict.get("exit_code").getAsInt());
        JsonObject pending = failure(verdict, "legacy_rows_pending");
        assertEquals("legacy queue DB " + root.legacy() + " has 39 row(s) pending migration (queue=24,"
                + " body_upload_queue=12, body_upload_failure_log=3)", pending.get("message").getAsString());
        assertEquals(R4, pending.get("remediation").getAsString());

        E2eRoot.Run checkHuman = root.run("sync", "status", "--check");
        assertEquals(2, checkHuman.exitCode(), checkHuman::toString);
        assertTrue(checkHuman.stdout().contains("Identity boundary check FAILED:\n  ! legacy queue DB " + root.legacy()
                + " has 39 row(s) pending migration (queue=24, body_upload_queue=12, body_upload_failure_log=3)\n"
                + "    Remediation: " + R4 + "\n"), checkHuman::toString);

        assertEquals(before, E2eRoot.snapshot(root.root()), "status creates, changes and deletes nothing");
        assertFalse(Files.exists(root.queuesDirectory()), "no queues/ directory");
        assertFalse(Files.exists(root.migrationLock()), "no migration lock file");

        E2eRoot.Run migrate = root.run("sync", "migrate");
        assertEquals(0, migrate.exitCode(), migrate::toString);
        assertEquals("Migrated 39 row(s) from " + root.legacy() + " to " + root.scoped() + "\n"
                + "  queue                    copied=24 duplicate=0 merged=0 quarantined=0 remaining=0\n"
                + "  body_upload_queue        copied=12 duplicate=0 merged=0 quarantined=0 remaining=0\n"
                + "  body_upload_failure_log  copied=3 duplicate=0 merged=0 quarantined=0 remaining=0\n",
                migrate.stdout(), "no Quarantined line when nothing was quarantined (clarifications #14)");

        E2eRoot.Run after = root.run("sync", "status", "--check", "--json");
        assertEquals(0, after.exitCode(), after::toString);
        JsonObject ok = after.json();
        assertTrue(ok.get("ok").getAsBoolean());
        assertEquals(0, ok.getAsJsonArray("failures").size());
        assertEquals(24, ok.getAsJsonObject("active_queue").get("event_count").getAsInt());
        assertEquals(0, ok.getAsJsonObject("legacy_queue").get("rows_in_scope").getAsInt());
    }

    @Test
    void statusOverAnExistingScopedQueueLeavesBothFilesByteIdentical() {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db")
                .withScoped("scoped-queue-overlap.db");
        Map<String, String> before = E2eRoot.snapshot(root.root());
        for (List<String> args : List.of(List.of("sync", "status"), List.of("sync", "status", "--json"),
                List.of("sync", "status", "--check", "--json"), List.of("sync", "migrate", "--dry-run"))) {
            E2eRoot.Run run = root.run(args.toArray(String[]::new));
            assertTrue(run.exitCode() == 0 || args.contains("--check") && run.exitCode() == 2, run::toString);
        }
        E2eRoot.Run json = root.run("sync", "status", "--json");
        JsonObject active = json.json().getAsJsonObject("active_queue");
        assertTrue(active.get("exists").getAsBoolean());
        assertEquals(4, active.get("event_count").getAsInt());
        assertEquals(2, active.get("body_upload_count").getAsInt());
        assertEquals(0, active.get("failure_log_count").getAsInt());
        assertEquals(0, active.get("quarantine_count").getAsInt(), "no quarantine table yet counts 0");
        assertEquals(before, E2eRoot.snapshot(root.root()), "legacy and scoped files are byte-identical, nothing new");
    }

    @Test
    void withoutIdentityMigrateRefusesAndTheLegacyQueueIsActiveNotPending() {
        E2eRoot root = E2eRoot.create(temp).withLegacy("legacy-queue-me.db");
        Map<String, String> before = E2eRoot.snapshot(root.root());

        E2eRoot.Run refused = root.run("sync", "migrate");
        assertEquals(2, refused.exitCode(), refused::toString);
        assertEquals("", refused.stdout());
        assertEquals("Refusing `spec-kitty sync migrate`: no authenticated identity, so there is no scoped queue to"
                + " migrate into.\n  ! " + root.legacy() + " is the active queue while unauthenticated\n"
                + "    Remediation: " + R5 + "\n", refused.stderr());

        E2eRoot.Run refusedJson = root.run("sync", "migrate", "--json");
        assertEquals(2, refusedJson.exitCode(), refusedJson::toString);
        JsonObject document = refusedJson.json();
        assertEquals("NO_ACTIVE_SCOPE", document.get("error_code").getAsString());
        assertEquals("no authenticated identity, so there is no scoped queue to migrate into",
                document.get("error").getAsString());
        assertEquals(List.of(R5), document.getAsJsonArray("remediation").asList().stream()
                .map(JsonElement::getAsString).toList());
        assertEquals("", refusedJson.stderr(), "in --json mode the refusal text is only in the document");

        E2eRoot.Run quarantine = root.run("sync", "migrate", "--show-quarantine", "--json");
        assertEquals(2, quarantine.exitCode(), quarantine::toString);
        assertEquals("NO_ACTIVE_SCOPE", quarantine.json().get("error_code").getAsString());

        E2eRoot.Run check = root.run("sync", "status", "--check", "--json");
        JsonObject verdict = check.json();
        assertShape(verdict);
        assertFalse(verdict.get("auth_present").getAsBoolean());
        assertEquals(root.legacy().toString(), verdict.getAsJsonObject("active_queue").get("path").getAsString());
        assertFalse(verdict.getAsJsonObject("active_queue").get("scoped").getAsBoolean());
        assertEquals(24, verdict.getAsJsonObject("active_queue").get("event_count").getAsInt());
        assertTrue(verdict.getAsJsonObject("foreground").get("identity_source").isJsonNull());
        assertFalse(codes(verdict).contains("legacy_rows_pending"), "no failure 4 while unauthenticated: " + check);
        assertFalse(codes(verdict).contains("saas_unauthenticated"), "SaaS sync is disabled: " + check);
        assertEquals(codes(verdict).isEmpty() ? 0 : 2, check.exitCode(), check::toString);

        Map<String, String> saas = new HashMap<>(root.environment());
        saas.put("SPEC_KITTY_ENABLE_SAAS_SYNC", "1");
        E2eRoot.Run enabled = root.run(saas, "sync", "status", "--check", "--json");
        assertEquals(2, enabled.exitCode(), enabled::toString);
        JsonObject unauthenticated = failure(enabled.json(), "saas_unauthenticated");
        assertEquals("SaaS sync is enabled but no authenticated identity is available",
                unauthenticated.get("message").getAsString());
        assertEquals(R5, unauthenticated.get("remediation").getAsString());
        assertTrue(enabled.json().get("saas_sync_enabled").getAsBoolean());
        assertFalse(codes(enabled.json()).contains("legacy_rows_pending"));

        assertEquals(before, E2eRoot.snapshot(root.root()), "a refused migrate and the reports create nothing");
    }

    private static void assertShape(JsonObject report) {
        assertTrue(report.keySet().containsAll(TOP_LEVEL), () -> "missing keys " + missing(TOP_LEVEL, report));
        NESTED.forEach((key, keys) -> {
            JsonObject nested = report.getAsJsonObject(key);
            assertTrue(nested.keySet().containsAll(keys), () -> key + " misses " + missing(keys, nested));
        });
        assertEquals(1, report.get("schema_version").getAsInt());
        assertEquals(report.get("saas_sync_enabled"), report.get("auth_required"));
        for (JsonElement failure : report.getAsJsonArray("failures")) {
            assertTrue(failure.getAsJsonObject().keySet().containsAll(Set.of("code", "message", "remediation")));
        }
    }

    private static Set<String> missing(Set<String> keys, JsonObject object) {
        return keys.stream().filter(k -> !object.has(k)).collect(Collectors.toSet());
    }

    private static List<String> codes(JsonObject report) {
        return report.getAsJsonArray("failures").asList().stream()
                .map(f -> f.getAsJsonObject().get("code").getAsString()).toList();
    }

    private static JsonObject failure(JsonObject report, String code) {
        return report.getAsJsonArray("failures").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(f -> f.get("code").getAsString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure " + code + " in " + report));
    }
}
