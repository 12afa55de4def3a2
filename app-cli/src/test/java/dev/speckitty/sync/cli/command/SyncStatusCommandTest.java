package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync status} (cli.md §5, clarifications #32) against fake adapters. */
class SyncStatusCommandTest {

    private static final String SCOPE = "https://spec-kitty-dev.fly.dev|alice@example.com|team-1";
    private static final String SCOPED_FILE = "queue-8b85169673aa98b5.db";

    @TempDir
    Path temp;
    private CliHarness cli;
    private Path root;
    private Path install;

    @BeforeEach
    void setUp() throws IOException {
        cli = new CliHarness(temp);
        root = cli.root();
        install = temp.toRealPath().resolve("install");
    }

    private void authenticated() {
        cli.identity(r -> Identities.session(r, "Alice@Example.com", "Team-1"));
    }

    @Test
    void freshRootUnauthenticatedHumanReport() {
        CliRun run = cli.run("sync", "status");
        assertEquals(0, run.exitCode());
        assertEquals("", run.stderr());
        assertEquals(String.join("\n",
                "Spec Kitty Sync Status",
                "",
                "Foreground",
                "  CLI version            3.2.4",
                "  Executable path        " + install.resolve("lib/spec-kitty-sync.jar"),
                "  Source checkout path   " + install,
                "  Server URL             https://spec-kitty-dev.fly.dev",
                "  SaaS sync              disabled",
                "  Authenticated          no",
                "  Auth principal         <unset>",
                "  Auth team              <unset>",
                "  Auth scope             <unset>",
                "",
                "Active queue",
                "  Path                   " + root.resolve("queue.db"),
                "  Scoped                 no",
                "  Event count            0",
                "  Body upload count      0",
                "  Quarantined rows       0",
                "",
                "Legacy queue",
                "  Path                   " + root.resolve("queue.db"),
                "  Event count            0",
                "  Body upload count      0",
                "  Failure log count      0",
                "  Rows in scope          0",
                "",
                "Daemon",
                "  Status                 not running",
                "  PID                    <unset>",
                "  Port                   <unset>",
                "",
                "Daemon owner record",
                "  Status                 absent",
                "  PID                    <absent>",
                "  Port                   <absent>",
                "  Package version        <absent>",
                "  Executable path        <absent>",
                "  Source checkout path   <absent>",
                "  Server URL             <absent>",
                "  Auth scope             <absent>",
                "  Queue DB path          <absent>",
                "  Started at             <absent>",
                "",
                "Diagnostics",
                "  Mismatched fields      none",
                "  Orphan daemon records  0",
                "  Live orphan daemons    0",
                "",
                "Run `spec-kitty sync status --check` to verify boundary coherence.",
                ""), run.stdout());
    }

    @Test
    void freshRootJsonHasTheShapeOfSection53() {
        CliRun run = cli.run("sync", "status", "--json");
        assertEquals(0, run.exitCode());
        JsonObject json = run.json();
        assertEquals(keys("schema_version", "check", "ok", "exit_code", "saas_sync_enabled", "auth_required",
                "auth_present", "foreground", "active_queue", "legacy_queue", "daemon", "daemon_owner_record",
                "mismatches", "orphan_record_count", "live_orphan_daemon_count", "orphan_daemon_count",
                "live_orphan_daemons", "daemon_scan_diagnostic", "failures"), json.keySet());
        assertEquals(1, json.get("schema_version").getAsInt());
        assertEquals(false, json.get("check").getAsBoolean());
        assertEquals(true, json.get("ok").getAsBoolean());
        assertEquals(0, json.get("exit_code").getAsInt());
        assertEquals(false, json.get("auth_required").getAsBoolean());
        assertEquals(false, json.get("auth_present").getAsBoolean());
        assertEquals(JsonNull.INSTANCE, json.get("daemon_scan_diagnostic"));
        assertEquals(new JsonArray(), json.getAsJsonArray("live_orphan_daemons"));
        assertEquals(0, json.get("orphan_daemon_count").getAsInt());

        JsonObject foreground = json.getAsJsonObject("foreground");
        assertEquals(keys("package_version", "executable_path", "source_checkout_path", "server_url",
                "identity_source", "auth_principal", "auth_team", "auth_scope", "queue_db_path",
                "active_queue_scope_marker"), foreground.keySet());
        assertEquals(JsonNull.INSTANCE, foreground.get("identity_source"));
        assertEquals(install.resolve("lib/spec-kitty-sync.jar").toString(),
                foreground.get("executable_path").getAsString());
        assertEquals(root.resolve("queue.db").toString(), foreground.get("queue_db_path").getAsString());
        assertEquals("absent", foreground.get("active_queue_scope_marker").getAsString());

        JsonObject active = json.getAsJsonObject("active_queue");
        assertEquals(keys("path", "scoped", "exists", "event_count", "body_upload_count", "failure_log_count",
                "quarantine_count"), active.keySet());
        assertEquals(false, active.get("scoped").getAsBoolean());
        assertEquals(false, active.get("exists").getAsBoolean());
        assertEquals(0, active.get("quarantine_count").getAsInt());

        JsonObject legacy = json.getAsJsonObject("legacy_queue");
        assertEquals(keys("path", "exists", "event_count", "body_upload_count", "failure_log_count", "rows_in_scope",
                "stranded_mission_slug"), legacy.keySet());
        assertEquals(JsonNull.INSTANCE, legacy.get("stranded_mission_slug"));

        assertEquals(JsonParser.parseString("{\"registered\":false,\"healthy\":false,\"url\":null,\"pid\":null,"
                + "\"port\":null,\"package_version\":null,\"protocol_version\":null}"), json.get("daemon"));
        JsonObject owner = json.getAsJsonObject("daemon_owner_record");
        assertEquals(keys("status", "path", "pid", "port", "package_version", "executable_path",
                "source_checkout_path", "server_url", "auth_principal", "auth_team", "auth_scope", "queue_db_path",
                "started_at", "orphan_reasons", "unreadable_reason", "unreadable_detail"), owner.keySet());
        assertEquals("absent", owner.get("status").getAsString());
        assertEquals(root.resolve("sync/daemon/owner.json").toString(), owner.get("path").getAsString());
        assertEquals(new JsonArray(), owner.getAsJsonArray("orphan_reasons"));
        assertEquals(JsonNull.INSTANCE, owner.get("pid"));
    }

    @Test
    void jsonIsPrintedWithSortedKeysAndTwoSpaceIndentation() {
        String stdout = cli.run("sync", "status", "--json").stdout();
        assertTrue(stdout.startsWith("{\n  \"active_queue\": {\n    \"body_upload_count\": 0,\n"), stdout);
        assertTrue(stdout.endsWith("  \"schema_version\": 1\n}\n"), stdout);
    }

    @Test
    void checkWithoutFailuresIsOk() {
        CliRun run = cli.run("sync", "status", "--check");
        assertEquals(0, run.exitCode());
        assertTrue(run.stdout().endsWith("\n\nIdentity boundary check: OK\n"), run.stdout());
        JsonObject json = cli.run("sync", "status", "--check", "--json").json();
        assertEquals(true, json.get("check").getAsBoolean());
        assertEquals(true, json.get("ok").getAsBoolean());
    }

    @Test
    void authenticatedWithLegacyRowsFailsTheCheckWithTheStrandedMission() throws IOException {
        authenticated();
        Path legacy = root.resolve("queue.db");
        Path scoped = root.resolve("queues").resolve(SCOPED_FILE);
        cli.queues().counts(legacy, 24, 12, 3, 0).counts(scoped, 4, 2, 0, 1)
                .bodyUploadsFor(legacy, "012-my-mission");
        Path mission = Files.createDirectories(temp.resolve("project/kitty-specs/012-my-mission"));
        cli.workingDirectory(mission);

        CliRun run = cli.run("sync", "status", "--check");
        assertEquals(2, run.exitCode());
        String stdout = run.stdout();
        assertTrue(stdout.contains("  Authenticated          yes (session)\n"), stdout);
        assertTrue(stdout.contains("  Auth principal         Alice@Example.com\n"), stdout);
        assertTrue(stdout.contains("  Auth scope             " + SCOPE + "\n"), stdout);
        assertTrue(stdout.contains("Active queue\n  Path                   " + scoped + "\n  Scoped                 yes\n"
                + "  Event count            4\n  Body upload count      2\n  Quarantined rows       1\n"), stdout);
        assertTrue(stdout.contains("  Rows in scope          39\n"
                + "  Stranded mission       setup-plan stranded mission slug 012-my-mission\n"), stdout);
        String pending = "legacy queue DB " + legacy + " has 39 row(s) pending migration (queue=24,"
                + " body_upload_queue=12, body_upload_failure_log=3) \u2014 setup-plan stranded mission slug 012-my-mission";
        assertTrue(stdout.endsWith("Identity boundary check FAILED:\n  ! " + pending + "\n    Remediation: "
                + Remediation.R4 + "\n"), stdout);

        JsonObject json = cli.run("sync", "status", "--check", "--json").json();
        assertEquals(2, json.get("exit_code").getAsInt());
        assertEquals(false, json.get("ok").getAsBoolean());
        assertEquals("session", json.getAsJsonObject("foreground").get("identity_source").getAsString());
        assertEquals(39, json.getAsJsonObject("legacy_queue").get("rows_in_scope").getAsInt());
        assertEquals("012-my-mission",
                json.getAsJsonObject("legacy_queue").get("stranded_mission_slug").getAsString());
        assertEquals(1, json.getAsJsonObject("active_queue").get("quarantine_count").getAsInt());
        assertEquals(JsonParser.parseString("[{\"code\":\"legacy_rows_pending\",\"message\":" + quote(pending)
                + ",\"remediation\":" + quote(Remediation.R4) + "}]"), json.get("failures"));
    }

    @Test
    void withoutCheckFailuresAreListedButTheExitIsZero() {
        authenticated();
        cli.queues().counts(root.resolve("queue.db"), 1, 0, 0, 0);
        CliRun run = cli.run("sync", "status", "--json");
        assertEquals(0, run.exitCode());
        assertEquals(1, run.json().getAsJsonArray("failures").size());
        assertEquals(0, run.json().get("exit_code").getAsInt());
    }

    @Test
    void noStrandedMissionWhenTheLegacyQueueHasNoBodyForIt() throws IOException {
        authenticated();
        Path legacy = root.resolve("queue.db");
        cli.queues().counts(legacy, 0, 1, 0, 0).bodyUploadsFor(legacy, "013-other-mission");
        cli.workingDirectory(Files.createDirectories(temp.resolve("p/kitty-specs/012-my-mission")));
        JsonObject json = cli.run("sync", "status", "--json").json();
        assertEquals(JsonNull.INSTANCE, json.getAsJsonObject("legacy_queue").get("stranded_mission_slug"));
    }

    @Test
    void theStrandedMissionIsReadFromTheLaneBranchOfTheCheckout() throws IOException {
        authenticated();
        Path legacy = root.resolve("queue.db");
        cli.queues().counts(legacy, 0, 1, 0, 0).bodyUploadsFor(legacy, "012-my-mission");
        Path checkout = Files.createDirectories(temp.resolve("checkout"));
        Files.createDirectories(checkout.resolve(".git"));
        Files.writeString(checkout.resolve(".git/HEAD"), "ref: refs/heads/kitty/mission-012-my-mission-lane-a\n");
        cli.workingDirectory(Files.createDirectories(checkout.resolve("src/main")));
        JsonObject json = cli.run("sync", "status", "--json").json();
        assertEquals("012-my-mission", json.getAsJsonObject("legacy_queue").get("stranded_mission_slug").getAsString());
    }

    @Test
    void strandedMissionsAreNotLookedForWhileUnauthenticated() throws IOException {
        Path legacy = root.resolve("queue.db");
        cli.queues().counts(legacy, 0, 1, 0, 0).bodyUploadsFor(legacy, "012-my-mission");
        cli.workingDirectory(Files.createDirectories(temp.resolve("p/kitty-specs/012-my-mission")));
        CliRun run = cli.run("sync", "status", "--check", "--json");
        assertEquals(0, run.exitCode());
        assertTrue(cli.queues().calls().stream().noneMatch(c -> c.startsWith("mission")));
        JsonObject active = run.json().getAsJsonObject("active_queue");
        assertEquals(1, active.get("body_upload_count").getAsInt());
        assertEquals(false, active.get("scoped").getAsBoolean());
    }

    @Test
    void unreadableQueuesPrintUnreadableAndFailTheCheck() {
        authenticated();
        Path legacy = root.resolve("queue.db");
        Path scoped = root.resolve("queues").resolve(SCOPED_FILE);
        cli.queues().with(QueueInspection.unreadable(legacy, "file is not a database"))
                .with(QueueInspection.unreadable(scoped, "database disk image is malformed\n"));
        CliRun run = cli.run("sync", "status", "--check");
        assertEquals(2, run.exitCode());
        assertTrue(run.stdout().contains("  Event count            unreadable\n"), run.stdout());
        assertTrue(run.stdout().contains("  Quarantined rows       unreadable\n"), run.stdout());
        assertTrue(run.stdout().contains("  Rows in scope          unreadable\n"), run.stdout());
        assertTrue(run.stdout().contains("  ! queue DB " + scoped
                + " could not be read: database disk image is malformed\\u000a\n    Remediation: " + Remediation.R8),
                run.stdout());
        JsonObject json = cli.run("sync", "status", "--json").json();
        assertEquals(JsonNull.INSTANCE, json.getAsJsonObject("legacy_queue").get("event_count"));
        assertEquals(JsonNull.INSTANCE, json.getAsJsonObject("legacy_queue").get("rows_in_scope"));
        assertEquals(JsonNull.INSTANCE, json.getAsJsonObject("active_queue").get("quarantine_count"));
        assertEquals(true, json.getAsJsonObject("active_queue").get("exists").getAsBoolean());
        assertEquals("queue DB " + scoped + " could not be read: database disk image is malformed\n",
                json.getAsJsonArray("failures").get(1).getAsJsonObject().get("message").getAsString());
    }

    @Test
    void saasEnabledWithoutIdentityIsFailure6() {
        cli.environment(cli.environment().with(Environment.ENABLE_SAAS_SYNC, " Yes "));
        CliRun run = cli.run("sync", "status", "--check", "--json");
        assertEquals(2, run.exitCode());
        JsonObject json = run.json();
        assertEquals(true, json.get("saas_sync_enabled").getAsBoolean());
        assertEquals(true, json.get("auth_required").getAsBoolean());
        assertEquals("saas_unauthenticated",
                json.getAsJsonArray("failures").get(0).getAsJsonObject().get("code").getAsString());
        assertTrue(cli.run("sync", "status").stdout().contains("  SaaS sync              enabled\n"));
    }

    @Test
    void credentialsIdentityIsReported() {
        cli.identity(r -> Identities.credentials(r, "bob@example.com", null, "https://other.example/"));
        CliRun run = cli.run("sync", "status");
        assertTrue(run.stdout().contains("  Authenticated          yes (credentials)\n"), run.stdout());
        assertTrue(run.stdout().contains("  Auth team              no-team\n"), run.stdout());
        assertEquals("credentials",
                cli.run("sync", "status", "--json").json().getAsJsonObject("foreground").get("identity_source")
                        .getAsString());
    }

    @Test
    void scopeMarkerIsComparedWithTheResolvedScope() throws IOException {
        authenticated();
        Files.createDirectories(root);
        Files.writeString(root.resolve("active_queue_scope"), SCOPE + "\n", StandardCharsets.UTF_8);
        assertEquals("matches", marker());
        Files.writeString(root.resolve("active_queue_scope"), "https://x|y|z", StandardCharsets.UTF_8);
        assertEquals("stale", marker());
    }

    @Test
    void statusIsReadOnlyAndNeverMigrates() throws IOException {
        authenticated();
        cli.queues().counts(root.resolve("queue.db"), 5, 0, 0, 0);
        cli.run("sync", "status", "--check");
        assertEquals(List.of(), cli.migration().calls());
        assertTrue(Files.notExists(root), "nothing created under the root");
    }

    private String marker() {
        return cli.run("sync", "status", "--json").json().getAsJsonObject("foreground")
                .get("active_queue_scope_marker").getAsString();
    }

    private static Set<String> keys(String... names) {
        return new TreeSet<>(List.of(names));
    }

    private static String quote(String text) {
        return new com.google.gson.JsonPrimitive(text).toString();
    }
}
