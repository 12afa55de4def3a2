package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.IdentityFiles;
import dev.speckitty.sync.cli.support.MissionProject;
import dev.speckitty.sync.cli.support.QueueFiles;
import dev.speckitty.sync.cli.support.TreeSnapshot;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.Scope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agent mission setup-plan} through the shaded jar as a real process (cli.md §14): SC-4 (SaaS sync enabled
 * without identity writes nothing anywhere) and SC-5 with legacy credentials (every row in the scoped queue).
 * Output goes to files outside the trees under comparison, so the snapshots see only what the command did.
 */
@Tag("e2e")
class SetupPlanIT {

    private static final String SERVER = "https://sync.example.org";
    private static final String USER = "bob@example.org";
    private static final String TEAM = "team-b";

    @TempDir
    Path temp;
    private Path home;
    private Path root;
    private Path outputs;
    private MissionProject project;
    private Map<String, String> environment;

    @BeforeEach
    void setUp() throws IOException {
        environment = JarProcess.isolatedEnvironment(temp);
        environment.put("SPEC_KITTY_ENABLE_SAAS_SYNC", "1");
        home = Files.createDirectories(Path.of(environment.get("HOME")));
        root = Path.of(environment.get("SPEC_KITTY_HOME"));
        outputs = Files.createDirectories(temp.resolve("outputs"));
        project = MissionProject.create(temp.resolve("project"));
        project.write("kitty-specs/" + MissionProject.SLUG + "/contracts/api.yaml", "openapi: 3.1.0\n");
    }

    private JarProcess.Result setupPlan(String... extra) {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaExecutable().toString(), "-jar",
                JarProcess.jar().toString(), "agent", "mission", "setup-plan", "--mission", MissionProject.SLUG));
        command.addAll(List.of(extra));
        ProcessBuilder builder = new ProcessBuilder(command).directory(project.mission().toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Path out = Files.createTempFile(outputs, "stdout", ".txt");
            Path err = Files.createTempFile(outputs, "stderr", ".txt");
            Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(JarProcess.TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out after " + JarProcess.TIMEOUT_SECONDS + " s: " + command);
            }
            return new JarProcess.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Test
    void sc4SaasSyncWithoutIdentityIsRefusedAndNoByteChanges() throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("config.toml"), "[sync]\nserver_url = \"" + SERVER + "\"\n");
        List<Path> trees = List.of(project.root(), root, home);
        List<TreeSnapshot> before = trees.stream().map(TreeSnapshot::of).toList();

        JarProcess.Result human = setupPlan();
        assertEquals(2, human.exitCode(), human.stderr());
        assertEquals("", human.stdout());
        assertEquals("Error: SaaS sync cannot be guaranteed: no authenticated session/credentials found.\n"
                + "Remediation: Run `spec-kitty auth status` to see why no identity resolves, then log in with the"
                + " spec-kitty reference CLI or unset SPEC_KITTY_ENABLE_SAAS_SYNC before running setup-plan.\n",
                human.stderr());

        JarProcess.Result json = setupPlan("--json");
        assertEquals(2, json.exitCode(), json.stderr());
        assertEquals("", json.stderr());
        assertTrue(json.stdout().endsWith("}\n"), json.stdout());
        assertEquals(JsonParser.parseString("{\"error_code\":\"SAAS_SYNC_UNAUTHENTICATED\",\"error\":\"SaaS sync cannot"
                + " be guaranteed: no authenticated session/credentials found.\",\"remediation\":[\"Run `spec-kitty"
                + " auth status` to see why no identity resolves, then log in with the spec-kitty reference CLI or"
                + " unset SPEC_KITTY_ENABLE_SAAS_SYNC before running setup-plan.\"]}"),
                JsonParser.parseString(json.stdout()));

        assertEquals(before, trees.stream().map(TreeSnapshot::of).toList());
    }

    @Test
    void sc5WithCredentialsEveryRowLandsInTheScopedQueueOnce() throws Exception {
        IdentityFiles.writeCredentials(root, USER, TEAM, SERVER);
        Path scoped = QueuePaths.of(root, Optional.of(Scope.of(SERVER, USER, TEAM))).scoped().orElseThrow();

        JarProcess.Result run = setupPlan("--json");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        JsonObject sync = JsonParser.parseString(run.stdout()).getAsJsonObject().getAsJsonObject("sync");
        assertEquals(scoped.toString(), sync.get("queue_db_path").getAsString());
        assertEquals(2, sync.get("events_enqueued").getAsInt());
        assertEquals(3, sync.get("body_uploads_enqueued").getAsInt());
        assertEquals(0, sync.get("migrated_legacy_rows").getAsInt());

        List<Map<String, Object>> events = QueueFiles.rows(scoped, "queue");
        assertEquals(List.of("SpecifyCompleted", "PlanStarted"), events.stream().map(r -> r.get("event_type")).toList());
        List<String> localIds = Files.readAllLines(project.mission().resolve("status.events.jsonl")).stream()
                .map(line -> JsonParser.parseString(line).getAsJsonObject().get("event_id").getAsString()).toList();
        for (int i = 0; i < 2; i++) {
            JsonObject envelope = JsonParser.parseString((String) events.get(i).get("data")).getAsJsonObject();
            assertEquals(localIds.get(i), envelope.get("correlation_id").getAsString());
            assertEquals(events.get(i).get("event_id"), envelope.get("event_id").getAsString());
            assertEquals("3.0.0", envelope.get("schema_version").getAsString());
            assertEquals(i + 1, envelope.get("lamport_clock").getAsInt());
            assertEquals(MissionProject.UUID, envelope.get("build_id").getAsString());
        }
        List<Map<String, Object>> bodies = QueueFiles.rows(scoped, "body_upload_queue");
        assertEquals(List.of("contracts/api.yaml", "plan.md", "spec.md"),
                bodies.stream().map(r -> r.get("artifact_path")).toList());
        for (Map<String, Object> body : bodies) {
            byte[] bytes = Files.readAllBytes(project.mission().resolve((String) body.get("artifact_path")));
            assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                    body.get("content_hash"));
            assertEquals(bytes.length, ((Number) body.get("size_bytes")).intValue());
        }
        assertFalse(Files.exists(root.resolve(QueuePaths.LEGACY_FILE_NAME)), "the legacy queue is never created");

        JarProcess.Result again = setupPlan("--json");
        assertEquals(0, again.exitCode(), again.stderr());
        JsonObject rerun = JsonParser.parseString(again.stdout()).getAsJsonObject().getAsJsonObject("sync");
        assertEquals(0, rerun.get("events_enqueued").getAsInt());
        assertEquals(2, rerun.get("events_already_queued").getAsInt());
        assertEquals(3, rerun.get("body_uploads_already_queued").getAsInt());
        assertEquals(events, QueueFiles.rows(scoped, "queue"));
        assertEquals(bodies, QueueFiles.rows(scoped, "body_upload_queue"));
        assertFalse(Files.exists(root.resolve(QueuePaths.LEGACY_FILE_NAME)));
    }
}
