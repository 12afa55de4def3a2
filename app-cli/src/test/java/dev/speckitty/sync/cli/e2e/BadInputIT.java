package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged or hostile files under the root: each gives a one-line reason, the contract exit code, no stack trace
 * (checked on every run by {@link E2eRoot}), and the file is left exactly as it was.
 */
@Tag("e2e")
class BadInputIT {

    private static final String R8 = "Run `spec-kitty sync doctor` to inspect the queue databases.";
    private static final String R14 = "Run `spec-kitty sync doctor` to inspect the queue databases, then retry.";

    @TempDir
    Path temp;

    @Test
    void aLegacyQueueThatIsNotSqliteFailsTheMigrationAndTheCheck() {
        StringBuilder text = new StringBuilder();
        Random random = new Random(20260518L);
        for (int line = 0; line < 64; line++) {
            for (int c = 0; c < 60; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append('\n');
        }
        assertUnreadableLegacy(text.toString().getBytes(StandardCharsets.US_ASCII), "file is not a database");
    }

    @Test
    void aTruncatedLegacyQueueFailsTheMigrationAndTheCheck() {
        assertUnreadableLegacy(Arrays.copyOf(E2eRoot.fixtureBytes("legacy-queue-me.db"), 1000), null);
    }

    private void assertUnreadableLegacy(byte[] content, String expectedReason) {
        E2eRoot root = E2eRoot.create(temp).withCredentials().writeBytes("queue.db", content);
        Map<String, String> before = E2eRoot.snapshot(root.root());

        E2eRoot.Run migrate = root.run("sync", "migrate");
        assertEquals(3, migrate.exitCode(), migrate::toString);
        assertEquals("", migrate.stdout());
        List<String> lines = migrate.stderrLines();
        assertEquals(2, lines.size(), migrate::toString);
        assertTrue(lines.get(0).startsWith("Migration failed: "), migrate::toString);
        assertTrue(lines.get(0).contains(root.legacy().toString()), "the reason names the file: " + migrate);
        if (expectedReason != null) {
            assertTrue(lines.get(0).endsWith(expectedReason), migrate::toString);
        }
        assertEquals("  Remediation: " + R14, lines.get(1));

        E2eRoot.Run json = root.run("sync", "migrate", "--json");
        assertEquals(3, json.exitCode(), json::toString);
        assertEquals("MIGRATION_FAILED", json.json().get("error_code").getAsString());
        assertEquals(List.of(R14), strings(json.json(), "remediation"));
        assertEquals("", json.stderr(), "in --json mode the failure text is only in the document");

        E2eRoot.Run check = root.run("sync", "status", "--check", "--json");
        assertEquals(2, check.exitCode(), check::toString);
        JsonObject report = check.json();
        JsonObject unreadable = failure(report, "queue_db_unreadable");
        assertTrue(unreadable.get("message").getAsString().startsWith("queue DB " + root.legacy() + " could not be read: "),
                check::toString);
        assertFalse(unreadable.get("message").getAsString().contains("\n"));
        assertEquals(R8, unreadable.get("remediation").getAsString());
        assertTrue(report.getAsJsonObject("legacy_queue").get("event_count").isJsonNull(), "unreadable counts are null");

        E2eRoot.Run human = root.run("sync", "status", "--check");
        assertEquals(2, human.exitCode(), human::toString);
        assertTrue(human.stdout().contains("  Event count            unreadable\n"), human::toString);
        assertTrue(human.stdout().contains("  ! queue DB " + root.legacy() + " could not be read: "), human::toString);

        Map<String, String> after = E2eRoot.snapshot(root.root());
        after.remove("queue-migration.lock");
        assertEquals(before, after, "the bad file is byte-identical; nothing but queue-migration.lock is created"
                + " (clarifications #13)");
    }

    @Test
    void aLegacyQueueLockedExclusivelyByAnotherProcessFailsCleanlyAndLosesNothing() {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        byte[] original = E2eRoot.fixtureBytes("legacy-queue-me.db");

        E2eRoot.Run migrate;
        E2eRoot.Run check;
        long started = System.nanoTime();
        try (QueueDb.Hold hold = QueueDb.hold(root.legacy(), "EXCLUSIVE")) {
            migrate = root.run("sync", "migrate", "--json");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "bounded by the busy timeout, took " + took);
            check = root.run("sync", "status", "--check", "--json");
        }
        assertEquals(3, migrate.exitCode(), migrate::toString);
        assertEquals("MIGRATION_FAILED", migrate.json().get("error_code").getAsString());
        assertTrue(migrate.json().get("error").getAsString().contains(root.legacy().toString()), migrate::toString);
        assertEquals(2, check.exitCode(), check::toString);
        assertTrue(failure(check.json(), "queue_db_unreadable").get("message").getAsString()
                .startsWith("queue DB " + root.legacy() + " could not be read: "), check::toString);
        assertFalse(Files.exists(root.queuesDirectory()), "a legacy-side failure creates no scoped DB");
        assertReadFully(original, root.legacy());

        E2eRoot.Run retry = root.run("sync", "migrate", "--json");
        assertEquals(0, retry.exitCode(), retry::toString);
        assertEquals(39, retry.json().get("migrated").getAsInt());
        assertEquals(24, QueueDb.count(root.scoped(), "queue"));
        assertEquals(12, QueueDb.count(root.scoped(), "body_upload_queue"));
        assertEquals(3, QueueDb.count(root.scoped(), "body_upload_failure_log"));
    }

    @Test
    void aLegacyQueueThatCannotBeWrittenKeepsItsRowsAndTheRerunAppliesEachRowOnce() {
        E2eRoot root = E2eRoot.create(temp).withCredentials().withLegacy("legacy-queue-me.db");
        byte[] original = E2eRoot.fixtureBytes("legacy-queue-me.db");

        E2eRoot.Run migrate;
        try (QueueDb.Hold hold = QueueDb.hold(root.legacy(), "IMMEDIATE")) {
            long started = System.nanoTime();
            migrate = root.run("sync", "migrate");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertTrue(took.compareTo(Duration.ofSeconds(20)) < 0, "bounded by the busy timeout, took " + took);
        }
        assertEquals(3, migrate.exitCode(), migrate::toString);
        assertTrue(migrate.stderrLines().contains("  Remediation: " + R14), migrate::toString);
        assertEquals(1, migrate.stderrLines().stream().filter(l -> l.startsWith("Migration failed: ")).count(),
                migrate::toString);
        assertReadFully(original, root.legacy());

        E2eRoot.Run retry = root.run("sync", "migrate", "--json");
        assertEquals(0, retry.exitCode(), retry::toString);
        assertEquals(0, retry.json().get("remaining_legacy_rows").getAsInt());
        assertEquals(24, QueueDb.count(root.scoped(), "queue"), "no event applied twice");
        assertEquals(12, QueueDb.count(root.scoped(), "body_upload_queue"));
        assertEquals(3, QueueDb.count(root.scoped(), "body_upload_failure_log"));
        assertEquals(2, ((Number) QueueDb.query(root.scoped(), "SELECT failure_count FROM body_upload_failure_log"
                + " WHERE failure_reason = 'namespace_not_found'").get(0).get("failure_count")).intValue(),
                "the failure log row is applied once, not merged again by the rerun");
        assertEquals(0, QueueDb.count(root.scoped(), "migration_ledger"));
        assertEquals(0, QueueDb.count(root.scoped(), "migration_quarantine"));
        assertEquals(0, QueueDb.count(root.legacy(), "queue"));
    }

    @Test
    void aCorruptSessionIsRejectedWithOneWarningAndNeverCrashes() throws IOException {
        E2eRoot root = E2eRoot.create(temp).write("auth/session.json", "{\"version\": 2, \"nonce\": \""
                + E2eRoot.ACCESS_SECRET + "\", truncated");
        Files.setPosixFilePermissions(root.session(), PosixFilePermissions.fromString("rw-------"));
        Map<String, String> before = E2eRoot.snapshot(root.root());
        String diagnostic = "Session file " + root.session() + " is not valid JSON";

        E2eRoot.Run json = root.run("auth", "status", "--json");
        assertEquals(1, json.exitCode(), "not authenticated: " + json);
        JsonObject session = json.json().getAsJsonObject("session");
        assertTrue(session.get("present").getAsBoolean());
        assertEquals("rejected", session.get("status").getAsString());
        assertEquals("invalid_json", session.get("reason_code").getAsString());
        assertEquals(diagnostic, session.get("diagnostic").getAsString());
        assertFalse(json.json().get("authenticated").getAsBoolean());
        assertEquals("[WARN] " + diagnostic + "\n", json.stderr());

        E2eRoot.Run human = root.run("auth", "status");
        assertEquals(1, human.exitCode(), human::toString);
        assertTrue(human.stdoutLines().contains("  Session                rejected: " + diagnostic), human::toString);
        assertEquals("[WARN] " + diagnostic + "\n", human.stderr(), "one warning per process");

        root.withCredentials();
        E2eRoot.Run status = root.run("sync", "status", "--json");
        assertEquals(0, status.exitCode(), status::toString);
        assertEquals("credentials", status.json().getAsJsonObject("foreground").get("identity_source").getAsString(),
                "a rejected session falls back to the credentials");
        assertEquals(1, status.stderrLines().stream().filter(l -> l.equals("[WARN] " + diagnostic)).count(),
                status::toString);
        assertEquals(before.get("auth/session.json"), E2eRoot.snapshot(root.root()).get("auth/session.json"));
    }

    @Test
    void aSessionReadableByOthersIsRejectedAndKeepsItsMode() throws IOException {
        E2eRoot root = E2eRoot.create(temp).withCredentials().write("auth/session.json",
                "{\"version\": 2, \"nonce\": \"00112233445566778899aabb\", \"ciphertext\": \"00\"}");
        Files.setPosixFilePermissions(root.session(), PosixFilePermissions.fromString("rw-r--r--"));
        String diagnostic = "Session file " + root.session() + " has unsafe permissions (mode=0o644); expected 0600."
                + " Fix with: chmod 600 " + root.session();

        E2eRoot.Run json = root.run("auth", "status", "--json");
        assertEquals(0, json.exitCode(), "authenticated through the credentials: " + json);
        JsonObject session = json.json().getAsJsonObject("session");
        assertEquals("rejected", session.get("status").getAsString());
        assertEquals("unsafe_permissions", session.get("reason_code").getAsString());
        assertEquals(diagnostic, session.get("diagnostic").getAsString());
        assertEquals("credentials", json.json().get("identity_source").getAsString());
        assertEquals("[WARN] " + diagnostic + "\n", json.stderr());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.session())),
                "the product never changes the mode of a file it did not create");
    }

    @Test
    void malformedCredentialsAreRejectedAndLeaveTheForegroundUnauthenticated() {
        E2eRoot root = E2eRoot.create(temp).write("credentials", "[user\nusername = \"alice@example.com\"\n[tokens]\n"
                + "access = \"" + E2eRoot.ACCESS_SECRET + "\"\n");
        E2eRoot.Run json = root.run("auth", "status", "--json");
        assertEquals(1, json.exitCode(), json::toString);
        JsonObject report = json.json();
        assertFalse(report.get("authenticated").getAsBoolean());
        assertTrue(report.get("identity_source").isJsonNull());
        assertEquals(root.legacy().toString(), report.get("queue_db_path").getAsString());
        JsonObject credentials = report.getAsJsonObject("credentials");
        assertTrue(credentials.get("present").getAsBoolean());
        assertEquals("rejected", credentials.get("status").getAsString());
        assertEquals("Credentials file " + root.root().resolve("credentials") + " is not valid TOML",
                credentials.get("diagnostic").getAsString());
        assertTrue(credentials.get("username").isJsonNull());

        E2eRoot.Run human = root.run("auth", "status");
        assertEquals(1, human.exitCode(), human::toString);
        assertTrue(human.stdoutLines().contains("  Authenticated          no"), human::toString);

        E2eRoot.Run migrate = root.run("sync", "migrate", "--json");
        assertEquals(2, migrate.exitCode(), migrate::toString);
        assertEquals("NO_ACTIVE_SCOPE", migrate.json().get("error_code").getAsString());
    }

    @Test
    void aMalformedConfigFileWarnsOnceAndUsesTheDefaults() {
        E2eRoot root = E2eRoot.create(temp).withCredentials().write("config.toml", "[sync\nserver_url = 1\n");
        String wholeFile = "[WARN] " + root.root().resolve("config.toml") + ": * is invalid; using the default";

        E2eRoot.Run auth = root.run("auth", "status", "--json");
        assertEquals(0, auth.exitCode(), auth::toString);
        assertEquals(E2eRoot.SERVER, auth.json().get("server_url").getAsString());
        assertEquals(wholeFile + "\n", auth.stderr());

        E2eRoot.Run status = root.run("sync", "status");
        assertEquals(0, status.exitCode(), status::toString);
        assertTrue(status.stdoutLines().contains("  Server URL             " + E2eRoot.SERVER), status::toString);
        assertEquals(wholeFile + "\n", status.stderr());

        root.write("config.toml", "[sync]\nserver_url = 42\nmax_queue_size = -1\nbackground_daemon = \"sometimes\"\n");
        E2eRoot.Run keys = root.run("sync", "status", "--json");
        assertEquals(0, keys.exitCode(), keys::toString);
        assertEquals(E2eRoot.SERVER, keys.json().getAsJsonObject("foreground").get("server_url").getAsString());
        for (String key : List.of("server_url", "max_queue_size", "background_daemon")) {
            String warning = "[WARN] " + root.root().resolve("config.toml") + ": [sync]." + key
                    + " is invalid; using the default";
            assertEquals(1, keys.stderrLines().stream().filter(warning::equals).count(), "once per key: " + keys);
        }
        assertEquals(3, keys.stderrLines().size(), keys::toString);

        root.write("config.toml", "[sync]\nserver_url = \"   \"\n");
        E2eRoot.Run blank = root.run("auth", "status", "--json");
        assertEquals(E2eRoot.SERVER, blank.json().get("server_url").getAsString());
        assertEquals("[WARN] " + root.root().resolve("config.toml") + ": [sync].server_url is invalid; using the"
                + " default\n", blank.stderr(), "a blank server_url is invalid (clarifications #11)");
    }

    private static void assertReadFully(byte[] original, Path legacy) {
        try {
            assertArrayEquals(original, Files.readAllBytes(legacy), "the legacy DB is byte-identical: nothing lost");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> strings(JsonObject document, String key) {
        return document.getAsJsonArray(key).asList().stream().map(JsonElement::getAsString).toList();
    }

    private static JsonObject failure(JsonObject report, String code) {
        return report.getAsJsonArray("failures").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(f -> f.get("code").getAsString().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no failure " + code + " in " + report));
    }
}
