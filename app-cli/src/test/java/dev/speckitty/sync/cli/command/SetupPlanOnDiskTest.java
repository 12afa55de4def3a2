package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.IdentityFiles;
import dev.speckitty.sync.cli.support.MissionProject;
import dev.speckitty.sync.cli.support.QueueFiles;
import dev.speckitty.sync.cli.support.RealCli;
import dev.speckitty.sync.cli.support.TreeSnapshot;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.Scope;
import dev.speckitty.sync.core.testing.TempRoots;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code agent mission setup-plan} in-process with the production wiring: real identity files, real project files,
 * real SQLite queues, all under a {@code @TempDir} (cli.md §14; SC-4, SC-5).
 */
class SetupPlanOnDiskTest {

    private static final String SERVER = "https://spec-kitty-dev.fly.dev";
    private static final String EMAIL = "alice@example.com";
    private static final String TEAM = "team-1";
    private static final String SETUP_PLAN = "agent mission setup-plan --mission " + MissionProject.SLUG;
    private static final String UNAUTHENTICATED_JSON = "{\"error_code\":\"SAAS_SYNC_UNAUTHENTICATED\",\"error\":\"SaaS"
            + " sync cannot be guaranteed: no authenticated session/credentials found.\",\"remediation\":[\"Run"
            + " `spec-kitty auth status` to see why no identity resolves, then log in with the spec-kitty reference"
            + " CLI or unset SPEC_KITTY_ENABLE_SAAS_SYNC before running setup-plan.\"]}";

    @TempDir
    Path temp;
    private Path home;
    private Path root;
    private MissionProject project;
    private Environment disabled;
    private Environment enabled;

    @BeforeEach
    void setUp() throws IOException {
        home = Files.createDirectories(temp.resolve("home"));
        root = temp.resolve("root");
        project = MissionProject.create(temp.resolve("project"));
        disabled = TempRoots.environment(home, root).with("USER", "tester");
        enabled = disabled.with(Environment.ENABLE_SAAS_SYNC, "1");
    }

    private CliRun setupPlan(Environment environment, String... extra) {
        return setupPlanIn(project.root().resolve("kitty-specs"), environment, extra);
    }

    private CliRun setupPlanIn(Path workingDirectory, Environment environment, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of(SETUP_PLAN.split(" ")));
        args.addAll(List.of(extra));
        return RealCli.run(environment, workingDirectory, args.toArray(String[]::new));
    }

    private Path scoped(String server, String user, String team) {
        return QueuePaths.of(root, Optional.of(Scope.of(server, user, team))).scoped().orElseThrow();
    }

    private Path legacy() {
        return root.resolve(QueuePaths.LEGACY_FILE_NAME);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private List<JsonObject> localEvents() throws IOException {
        return Files.readAllLines(project.mission().resolve("status.events.jsonl"), StandardCharsets.UTF_8).stream()
                .map(line -> JsonParser.parseString(line).getAsJsonObject()).toList();
    }

    /**
     * The ULID of on-disk.md §10.3 computed independently of the product: 48-bit time = the local timestamp in
     * milliseconds, then the first 10 bytes of SHA-256 of {@code "envelope:" + id}, in Crockford base32.
     */
    private static String envelopeId(JsonObject local) throws Exception {
        long millis = OffsetDateTime.parse(local.get("timestamp").getAsString()).toInstant().toEpochMilli();
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("envelope:" + local.get("event_id")
                .getAsString()).getBytes(StandardCharsets.UTF_8));
        BigInteger value = BigInteger.valueOf(millis).shiftLeft(80).or(new BigInteger(1, Arrays.copyOf(digest, 10)));
        StringBuilder text = new StringBuilder();
        for (int i = 25; i >= 0; i--) {
            text.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(value.shiftRight(5 * i).intValue() & 31));
        }
        return text.toString();
    }

    // ---- SC-4: SaaS sync enabled, no identity: refused, and not one byte changes anywhere ----

    @ParameterizedTest
    @ValueSource(strings = {"1", "true", " YES ", "y", "On"})
    void sc4RefusesWithoutIdentityAndWritesNothingAnywhere(String truthy) throws IOException {
        Files.createDirectories(root);
        QueueFiles.createLegacy(legacy(), 2);
        Files.writeString(root.resolve("config.toml"), "[sync]\nmax_queue_size = 10\n");
        List<Path> trees = List.of(project.root(), root, home);
        List<TreeSnapshot> before = trees.stream().map(TreeSnapshot::of).toList();
        Environment environment = disabled.with(Environment.ENABLE_SAAS_SYNC, truthy);

        CliRun human = setupPlan(environment);
        assertEquals(2, human.exitCode());
        assertEquals("", human.stdout());
        assertEquals("Error: SaaS sync cannot be guaranteed: no authenticated session/credentials found.\n"
                + "Remediation: " + SetupPlanCommand.UNAUTHENTICATED_REMEDIATION + "\n", human.stderr());

        CliRun json = setupPlan(environment, "--json");
        assertEquals(2, json.exitCode());
        assertEquals(JsonParser.parseString(UNAUTHENTICATED_JSON), json.json());
        assertEquals("", json.stderr());

        assertEquals(before, trees.stream().map(TreeSnapshot::of).toList());
    }

    @Test
    void sc4WithTheDefaultRootNeverCreatesHomeSpecKitty() {
        Environment homeOnly = TempRoots.homeOnly(home).with(Environment.ENABLE_SAAS_SYNC, "1");
        List<TreeSnapshot> before = List.of(TreeSnapshot.of(project.root()), TreeSnapshot.of(home));
        assertEquals(2, setupPlan(homeOnly).exitCode());
        assertEquals(2, setupPlan(homeOnly, "--json").exitCode());
        assertEquals(before, List.of(TreeSnapshot.of(project.root()), TreeSnapshot.of(home)));
        assertFalse(Files.exists(TempRoots.defaultRootUnder(home)));
    }

    // ---- SC-5: authenticated: every row lands in the scoped queue of the invocation's identity ----

    @Test
    void sc5WithASessionQueuesEnvelopesAndBodiesInTheScopedQueueOnly() throws Exception {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        project.write("kitty-specs/" + MissionProject.SLUG + "/research/notes.md", "notes\n");
        project.write("kitty-specs/" + MissionProject.SLUG + "/research/data.bin", new byte[] {1, 2, 3});
        Path scoped = scoped(SERVER, EMAIL, TEAM);

        CliRun run = setupPlan(enabled, "--json");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("[WARN] body upload skipped: research/data.bin (unsupported_format)\n", run.stderr());
        Path mission = project.mission();
        assertEquals(JsonParser.parseString("{\"result\":\"success\",\"mission_slug\":\"012-my-mission\","
                + "\"feature_dir\":" + quoted(mission) + ",\"spec_file\":" + quoted(mission.resolve("spec.md"))
                + ",\"plan_file\":" + quoted(mission.resolve("plan.md")) + ",\"scaffold_created\":true,"
                + "\"plan_substantive\":false,\"lifecycle_events_appended\":[\"SpecifyCompleted\",\"PlanStarted\"],"
                + "\"sync\":{\"saas_sync_enabled\":true,\"authenticated\":true,\"queue_db_path\":" + quoted(scoped)
                + ",\"migrated_legacy_rows\":0,\"events_enqueued\":2,\"events_already_queued\":0,"
                + "\"body_uploads_enqueued\":3,\"body_uploads_already_queued\":0,\"body_uploads_skipped\":"
                + "[{\"artifact_path\":\"research/data.bin\",\"reason\":\"unsupported_format\"}]}}"), run.json());

        assertEnvelopes(scoped, MissionProject.UUID, null);
        assertBodies(scoped, List.of("plan.md", "research/notes.md", "spec.md"));
        assertFalse(Files.exists(legacy()), "the legacy queue is never created");
        assertEquals(List.of("clock.json", "clock.lock", "queues"), rootEntriesBesides("auth"));

        // A rerun adds no row and ticks no clock.
        List<Map<String, Object>> events = QueueFiles.rows(scoped, "queue");
        List<Map<String, Object>> bodies = QueueFiles.rows(scoped, "body_upload_queue");
        String clock = Files.readString(root.resolve("clock.json"));
        CliRun again = setupPlan(enabled, "--json");
        assertEquals(0, again.exitCode(), again.stderr());
        JsonObject sync = again.json().getAsJsonObject("sync");
        assertEquals(0, sync.get("events_enqueued").getAsInt());
        assertEquals(2, sync.get("events_already_queued").getAsInt());
        assertEquals(0, sync.get("body_uploads_enqueued").getAsInt());
        assertEquals(3, sync.get("body_uploads_already_queued").getAsInt());
        assertEquals(new JsonArray(), again.json().getAsJsonArray("lifecycle_events_appended"));
        assertFalse(again.json().get("scaffold_created").getAsBoolean());
        assertEquals(events, QueueFiles.rows(scoped, "queue"));
        assertEquals(bodies, QueueFiles.rows(scoped, "body_upload_queue"));
        assertEquals(clock, Files.readString(root.resolve("clock.json")));
        assertEquals(2, localEvents().size());
        assertFalse(Files.exists(legacy()));
    }

    @Test
    void sc5WithCredentialsUsesTheirScopeAndTheConfiguredBuildAndNodeIds() throws Exception {
        String server = "https://sync.example.org";
        IdentityFiles.writeCredentials(root, "bob@example.org", "Team-B", server);
        project.write(".kittify/config.yaml", "project:\n  uuid: " + MissionProject.UUID + "\n  slug: my-project\n"
                + "  build_id: build-42 # comment\n  node_id: 'node-7'\nother: ignored\n");
        Path scoped = scoped(server, "bob@example.org", "Team-B");

        CliRun run = setupPlan(enabled);
        assertEquals(0, run.exitCode(), run.stderr());
        Path mission = project.mission();
        assertEquals("\u2713 Plan scaffolded: " + mission.resolve("plan.md") + "\n"
                + "Lifecycle events appended: SpecifyCompleted, PlanStarted\n"
                + "Queued 2 event(s) and 2 body upload(s) in " + scoped + "\n", run.stdout());
        assertEquals("", run.stderr());
        assertEnvelopes(scoped, "build-42", "node-7");
        assertBodies(scoped, List.of("plan.md", "spec.md"));
        assertFalse(Files.exists(legacy()));
        assertFalse(Files.exists(scoped(SERVER, EMAIL, TEAM)));
    }

    /** Both envelopes, with the keys of on-disk.md §10.3, in the order of the local log. */
    private void assertEnvelopes(Path scoped, String buildId, String configNodeId) throws Exception {
        List<JsonObject> local = localEvents();
        List<Map<String, Object>> rows = QueueFiles.rows(scoped, "queue");
        assertEquals(2, rows.size());
        JsonObject clockFile = JsonParser.parseString(Files.readString(root.resolve("clock.json"))).getAsJsonObject();
        assertEquals(2, clockFile.get("value").getAsLong());
        String nodeId = configNodeId == null ? clockFile.get("node_id").getAsString() : configNodeId;
        for (int i = 0; i < 2; i++) {
            JsonObject event = local.get(i);
            Map<String, Object> row = rows.get(i);
            JsonObject envelope = JsonParser.parseString((String) row.get("data")).getAsJsonObject();
            assertEquals(envelopeId(event), row.get("event_id"));
            assertEquals(envelopeId(event), envelope.get("event_id").getAsString());
            assertEquals(event.get("event_type").getAsString(), row.get("event_type"));
            assertEquals("3.0.0", envelope.get("schema_version").getAsString());
            assertEquals(i + 1, envelope.get("lamport_clock").getAsJsonPrimitive().getAsLong());
            assertEquals(event.get("event_id"), envelope.get("correlation_id"));
            assertTrue(envelope.get("causation_id").isJsonNull());
            assertEquals(nodeId, envelope.get("node_id").getAsString());
            assertEquals(buildId, envelope.get("build_id").getAsString());
            for (String copied : List.of("event_type", "aggregate_id", "aggregate_type", "timestamp", "project_uuid",
                    "project_slug", "payload")) {
                assertEquals(event.get(copied), envelope.get(copied), copied);
            }
            assertEquals(List.of("aggregate_id", "aggregate_type", "build_id", "causation_id", "correlation_id",
                    "event_id", "event_type", "lamport_clock", "node_id", "payload", "project_slug", "project_uuid",
                    "schema_version", "timestamp"), List.copyOf(envelope.keySet()), "keys, sorted");
            assertEquals(0, ((Number) row.get("retry_count")).intValue());
            assertEquals(null, row.get("coalesce_key"));
        }
    }

    /** One row per supported artifact, with the hash and size of its bytes on disk (on-disk.md §10.4). */
    private void assertBodies(Path scoped, List<String> artifactPaths) throws Exception {
        List<Map<String, Object>> rows = QueueFiles.rows(scoped, "body_upload_queue");
        assertEquals(artifactPaths, rows.stream().map(r -> r.get("artifact_path")).toList());
        for (Map<String, Object> row : rows) {
            byte[] bytes = Files.readAllBytes(project.mission().resolve((String) row.get("artifact_path")));
            assertEquals(sha256(bytes), row.get("content_hash"));
            assertEquals(bytes.length, ((Number) row.get("size_bytes")).intValue());
            assertEquals(new String(bytes, StandardCharsets.UTF_8), row.get("content_body"));
            assertEquals(MissionProject.UUID, row.get("project_uuid"));
            assertEquals(MissionProject.SLUG, row.get("mission_slug"));
            assertEquals("main", row.get("target_branch"));
            assertEquals("software-dev", row.get("mission_type"));
            assertEquals("1", row.get("manifest_version"));
            assertEquals("sha256", row.get("hash_algorithm"));
        }
    }

    private List<String> rootEntriesBesides(String ignored) throws IOException {
        try (var entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> !name.equals(ignored)).sorted()
                    .toList();
        }
    }

    private static String quoted(Path path) {
        return new com.google.gson.JsonPrimitive(path.toString()).toString();
    }

    @Test
    void legacyRowsAreMigratedIntoTheScopedQueueBeforeTheNewRows() throws Exception {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        QueueFiles.createLegacy(legacy(), 2);
        Path scoped = scoped(SERVER, EMAIL, TEAM);

        CliRun run = setupPlan(enabled, "--json");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(3, run.json().getAsJsonObject("sync").get("migrated_legacy_rows").getAsInt());
        assertTrue(run.stderr().contains("[INFO] migrated row legacy\u2192scoped: table=queue key=event_id='legacy-1'\n"),
                run.stderr());
        List<Object> ids = QueueFiles.rows(scoped, "queue").stream().map(r -> r.get("event_id")).toList();
        assertEquals(List.of("legacy-1", "legacy-2"), ids.subList(0, 2));
        assertEquals(4, ids.size());
        assertEquals(List.of("legacy.md", "plan.md", "spec.md"), QueueFiles.rows(scoped, "body_upload_queue")
                .stream().map(r -> r.get("artifact_path")).toList());
        assertEquals(List.of(), QueueFiles.rows(legacy(), "queue"), "the legacy rows were moved, none added");
        assertEquals(List.of(), QueueFiles.rows(legacy(), "body_upload_queue"));
    }

    // ---- SaaS sync disabled: only the local files change ----

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "false", "enabled"})
    void withSaasSyncDisabledOnlyTheProjectChanges(String notTruthy) throws IOException {
        IdentityFiles.writeCredentials(root, "bob@example.org", "team-b", SERVER);
        TreeSnapshot rootBefore = TreeSnapshot.of(root);
        TreeSnapshot homeBefore = TreeSnapshot.of(home);
        CliRun run = setupPlan(notTruthy.isEmpty() ? disabled : disabled.with(Environment.ENABLE_SAAS_SYNC,
                notTruthy));
        assertEquals(0, run.exitCode(), run.stderr());
        Path mission = project.mission();
        assertEquals("\u2713 Plan scaffolded: " + mission.resolve("plan.md") + "\n"
                + "Lifecycle events appended: SpecifyCompleted, PlanStarted\n"
                + "SaaS sync disabled: nothing queued.\n", run.stdout());
        assertEquals("", run.stderr());
        assertEquals(rootBefore, TreeSnapshot.of(root), "no queue, clock or lock file");
        assertEquals(homeBefore, TreeSnapshot.of(home));
        assertTrue(project.read("kitty-specs/" + MissionProject.SLUG + "/plan.md")
                .startsWith("<!-- spec-kitty:plan-scaffold -->\n# Implementation Plan: 012-my-mission\n"));
        assertEquals(2, localEvents().size());

        CliRun json = setupPlan(disabled, "--json");
        assertEquals(JsonParser.parseString("{\"saas_sync_enabled\":false,\"authenticated\":true,"
                + "\"queue_db_path\":null,\"migrated_legacy_rows\":0,\"events_enqueued\":0,\"events_already_queued\":0,"
                + "\"body_uploads_enqueued\":0,\"body_uploads_already_queued\":0,\"body_uploads_skipped\":[]}"),
                json.json().get("sync"));
        assertEquals("Plan present: " + mission.resolve("plan.md") + "\nLifecycle events appended: none\n"
                + "SaaS sync disabled: nothing queued.\n", setupPlan(disabled).stdout());
        assertEquals(rootBefore, TreeSnapshot.of(root));
    }

    @Test
    void aSubstantivePlanIsReportedAndCompletesThePlan() throws Exception {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        project.write("kitty-specs/" + MissionProject.SLUG + "/plan.md", "# Plan\n\nReal work.\n");
        CliRun run = setupPlan(enabled);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("Plan present: " + project.mission().resolve("plan.md") + "\n"
                + "Lifecycle events appended: SpecifyCompleted, PlanStarted, PlanCompleted\n"
                + "Queued 3 event(s) and 2 body upload(s) in " + scoped(SERVER, EMAIL, TEAM) + "\n", run.stdout());
    }

    // ---- refusals before any write, and the two write failures ----

    @Test
    void guardsRefuseInTheirOrderAndWriteNothing() throws IOException {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));

        CliRun noProject = unchanged(() -> setupPlanIn(elsewhere, enabled));
        assertEquals(2, noProject.exitCode());
        assertEquals("", noProject.stdout());
        assertEquals("Error: Could not locate project root (no .kittify directory in " + elsewhere
                + " or its parents).\nRemediation: Run `spec-kitty " + SETUP_PLAN + "` from inside a spec-kitty"
                + " project.\n", noProject.stderr());

        CliRun noMission = unchanged(() -> RealCli.run(enabled, project.root(), "agent", "mission", "setup-plan",
                "--mission", "099-nope", "--json"));
        assertEquals(2, noMission.exitCode());
        assertEquals(JsonParser.parseString("{\"error_code\":\"MISSION_NOT_FOUND\",\"error\":\"Mission directory not"
                + " found: kitty-specs/099-nope\",\"remediation\":[\"Check the slug, then run `spec-kitty agent mission"
                + " setup-plan --mission <existing slug>`.\"]}"), noMission.json());
        assertEquals("", noMission.stderr());

        Files.createDirectories(project.root().resolve("kitty-specs/013-no-spec"));
        CliRun noSpec = unchanged(() -> RealCli.run(enabled, project.root(), "agent", "mission", "setup-plan",
                "--mission=013-no-spec"));
        assertEquals(2, noSpec.exitCode());
        assertEquals("Error: Spec file missing: kitty-specs/013-no-spec/spec.md\nRemediation: Create"
                + " kitty-specs/013-no-spec/spec.md, then run `spec-kitty agent mission setup-plan --mission"
                + " 013-no-spec` again.\n", noSpec.stderr());

        project.write(".kittify/config.yaml", "project:\n  slug: my-project\n  uuid: '  '\n");
        CliRun noUuid = unchanged(() -> setupPlan(enabled, "--json"));
        assertEquals(2, noUuid.exitCode());
        assertEquals(JsonParser.parseString("{\"error_code\":\"PROJECT_IDENTITY_MISSING\",\"error\":\"SaaS sync cannot"
                + " be guaranteed: .kittify/config.yaml has no project.uuid.\",\"remediation\":[\"Add project.uuid to"
                + " .kittify/config.yaml, or run `SPEC_KITTY_ENABLE_SAAS_SYNC= spec-kitty " + SETUP_PLAN + "` to plan"
                + " without SaaS sync.\"]}"), noUuid.json());
    }

    /** Runs {@code command} and asserts that the project, the root and HOME are exactly as before. */
    private CliRun unchanged(java.util.function.Supplier<CliRun> command) {
        List<Path> trees = List.of(project.root(), root, home);
        List<TreeSnapshot> before = trees.stream().map(TreeSnapshot::of).toList();
        CliRun run = command.get();
        assertEquals(before, trees.stream().map(TreeSnapshot::of).toList());
        return run;
    }

    @Test
    void aPlanFileThatCannotBeWrittenIsExit3AndNothingIsQueued() throws IOException {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        Path plan = Files.createDirectories(project.mission().resolve("plan.md"));
        CliRun run = setupPlan(enabled);
        assertEquals(3, run.exitCode());
        assertEquals("", run.stdout());
        List<String> lines = run.stderrLines();
        assertEquals(2, lines.size(), run.stderr());
        assertTrue(lines.get(0).startsWith("Error: Could not write project file " + plan + ": "), lines.get(0));
        assertEquals("Remediation: Make " + plan + " writable, then run `spec-kitty " + SETUP_PLAN + "` again.",
                lines.get(1));
        assertFalse(Files.exists(root.resolve("queues")));
        assertFalse(Files.exists(project.mission().resolve("status.events.jsonl")));
    }

    @Test
    void aQueueThatCannotBeCreatedIsExit3WithR14AndTheProjectFilesStay() throws IOException {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        Files.writeString(root.resolve("queues"), "not a directory");
        Path scoped = scoped(SERVER, EMAIL, TEAM);
        CliRun run = setupPlan(enabled, "--json");
        assertEquals(3, run.exitCode());
        JsonObject document = run.json();
        assertEquals("QUEUE_WRITE_FAILED", document.get("error_code").getAsString());
        assertTrue(document.get("error").getAsString().startsWith("Could not write to the queue " + scoped + ": "),
                document.toString());
        assertEquals(JsonParser.parseString("[\"" + Remediation.R14 + "\"]"), document.get("remediation"));
        assertEquals(Set.of("error", "error_code", "remediation"), document.keySet());
        assertTrue(Files.exists(project.mission().resolve("plan.md")));
        assertEquals(2, localEvents().size());
        assertFalse(Files.exists(root.resolve("clock.json")), "no tick for a queue that cannot be opened");

        CliRun human = setupPlan(enabled);
        assertEquals(3, human.exitCode());
        assertTrue(human.stderr().startsWith("Error: Could not write to the queue " + scoped + ": "));
        assertTrue(human.stderr().endsWith("\nRemediation: " + Remediation.R14 + "\n"), human.stderr());
    }

    @Test
    void noSecretEverSurfaces() throws IOException {
        IdentityFiles.writeSession(root, EMAIL, TEAM);
        for (String[] extra : List.of(new String[0], new String[] {"--json"})) {
            CliRun run = setupPlan(enabled, extra);
            assertEquals(0, run.exitCode(), run.stderr());
            assertFalse(run.stdout().contains("SECRET"), run.stdout());
            assertFalse(run.stderr().contains("SECRET"), run.stderr());
        }
    }
}
