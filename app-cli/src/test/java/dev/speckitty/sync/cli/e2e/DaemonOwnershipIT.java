package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #3 scenarios through the real jar and real daemons (SC-3, SC-6, the concurrent-start guarantee and the
 * token rule). Band 9430-9437 via SPEC_KITTY_SYNC_PORT_RANGE; every daemon these tests start is stopped by
 * {@code sync daemon stop} and, failing that, by the pid the test learned from its own start.
 */
@Tag("live")
class DaemonOwnershipIT {

    private static final String BAND = "9430-9437";

    @TempDir
    Path temp;
    private Map<String, String> environment;
    private Path root;
    private final Set<Long> startedPids = new HashSet<>();

    @BeforeEach
    void setUp() throws IOException {
        environment = new HashMap<>(JarProcess.isolatedEnvironment(temp));
        environment.put("SPEC_KITTY_ENABLE_SAAS_SYNC", "1");
        environment.put("SPEC_KITTY_SYNC_PORT_RANGE", BAND);
        environment.put("SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS", "90");
        root = Path.of(environment.get("SPEC_KITTY_HOME"));
        Files.createDirectories(root);
        Files.writeString(root.resolve("credentials"), E2eRoot.CREDENTIALS, StandardCharsets.UTF_8);
    }

    @AfterEach
    void stopEverythingWeStarted() {
        JarProcess.runJar(environment, temp, "sync", "daemon", "stop");
        for (long pid : startedPids) {
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> p).join();
            });
        }
    }

    @Test
    void sc3ADaemonOfAnotherCheckoutIsRefusedNamingBothPathsAndRestartFixesIt() throws IOException {
        Path checkoutA = Files.createDirectories(temp.resolve("checkout-a/lib"));
        Path jarA = Files.copy(JarProcess.jar(), checkoutA.resolve("spec-kitty-sync.jar"));

        JsonObject started = json(runJar(jarA, Map.of(), "sync", "daemon", "start", "--json"), 0);
        assertEquals("started", started.get("status").getAsString(), started::toString);
        remember(started);

        JarProcess.Result check = JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json");
        JsonObject status = json(check, 2);
        Set<String> fields = new HashSet<>();
        status.getAsJsonArray("mismatches").forEach(m -> fields.add(m.getAsJsonObject().get("field").getAsString()));
        assertTrue(fields.containsAll(Set.of("executable_path", "source_checkout_path")), status::toString);
        assertTrue(codes(status).contains("owner_mismatch"), status::toString);

        JarProcess.Result now = JarProcess.runJar(environment, temp, "sync", "now");
        assertEquals(2, now.exitCode(), now::toString);
        assertTrue(now.stderr().contains("executable_path: foreground=") && now.stderr().contains(jarA.toString())
                && now.stderr().contains("source_checkout_path: foreground="), now::toString);

        JsonObject restarted = json(JarProcess.runJar(environment, temp, "doctor", "restart-daemon", "--json"), 0);
        assertEquals("restarted", restarted.get("status").getAsString(), restarted::toString);
        startedPids.add(restarted.get("new_pid").getAsLong());
        assertFalse(runs(started.get("pid").getAsLong()), "the daemon of checkout A is gone");

        JarProcess.Result after = JarProcess.runJar(environment, temp, "sync", "status", "--check");
        assertEquals(0, after.exitCode(), after::toString);
    }

    @Test
    void aSpoofedVersionIsAPackageVersionMismatch() {
        JsonObject started = json(JarProcess.runJar(with("SPEC_KITTY_CLI_VERSION", "3.2.2"), temp,
                "sync", "daemon", "start", "--json"), 0);
        remember(started);
        JsonObject status = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        JsonArray mismatches = status.getAsJsonArray("mismatches");
        assertEquals(1, mismatches.size(), status::toString);
        JsonObject mismatch = mismatches.get(0).getAsJsonObject();
        assertEquals("package_version", mismatch.get("field").getAsString());
        assertEquals("3.2.2", mismatch.get("daemon_value").getAsString());
        assertEquals(JarProcess.version(), mismatch.get("foreground_value").getAsString());
    }

    @Test
    void sc6AnOwnerRecordWithADeadPidIsAnOrphanAndRetireRemovesItWithoutASignal() throws IOException {
        JsonObject started = json(JarProcess.runJar(environment, temp, "sync", "daemon", "start", "--json"), 0);
        long pid = started.get("pid").getAsLong();
        startedPids.add(pid);
        Path owner = root.resolve("sync/daemon/owner.json");
        String record = Files.readString(owner);
        // SIGKILL the daemon we started: it cannot remove its record, which becomes an orphan (daemon.md §8).
        ProcessHandle daemon = ProcessHandle.of(pid).orElseThrow();
        daemon.destroyForcibly();
        daemon.onExit().orTimeout(10, TimeUnit.SECONDS).join();
        assertEquals(record, Files.readString(owner));

        JsonObject status = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        assertTrue(codes(status).contains("orphan_owner_record"), status::toString);
        assertEquals(List.of("pid_not_alive"), strings(status.getAsJsonObject("daemon_owner_record")
                .getAsJsonArray("orphan_reasons")));

        JsonObject retired = json(JarProcess.runJar(environment, temp, "doctor", "orphan-daemons", "--retire",
                "--json"), 0);
        assertEquals(1, retired.getAsJsonArray("retired").size(), retired::toString);
        assertFalse(Files.exists(owner));
        assertEquals(0, JarProcess.runJar(environment, temp, "sync", "status", "--check").exitCode());
    }

    @Test
    void eightConcurrentStartsLeaveExactlyOneDaemonAndAParseableOwnerRecord() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<JarProcess.Result>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(pool.submit(() -> JarProcess.runJar(environment, temp, "sync", "daemon", "start", "--json")));
            }
            Set<Long> pids = new HashSet<>();
            for (Future<JarProcess.Result> run : runs) {
                JsonObject outcome = json(run.get(120, TimeUnit.SECONDS), 0);
                assertTrue(Set.of("started", "reused").contains(outcome.get("status").getAsString()),
                        outcome::toString);
                pids.add(outcome.get("pid").getAsLong());
            }
            startedPids.addAll(pids);
            assertEquals(1, pids.size(), "every start reports the same daemon: " + pids);
            JsonObject owner = JsonParser.parseString(Files.readString(root.resolve("sync/daemon/owner.json")))
                    .getAsJsonObject();
            assertEquals(12, owner.size());
            assertEquals(pids.iterator().next(), owner.get("pid").getAsLong());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theControlTokenAppearsNowhereButTheTwoFilesThatHoldIt() throws IOException {
        JsonObject started = json(JarProcess.runJar(environment, temp, "sync", "daemon", "start", "--json"), 0);
        long pid = started.get("pid").getAsLong();
        startedPids.add(pid);
        List<String> state = Files.readAllLines(root.resolve("sync-daemon"));
        String token = state.get(2).strip();
        assertTrue(token.matches("[0-9a-f]{32}"), "line 3 of the state file is the token");

        List<String> seen = new ArrayList<>();
        seen.add(started.toString());
        for (String[] args : List.of(new String[] {"sync", "daemon", "status", "--json"},
                new String[] {"sync", "status", "--json"}, new String[] {"sync", "doctor", "--json"},
                new String[] {"doctor", "orphan-daemons", "--json"}, new String[] {"auth", "doctor", "--json"},
                new String[] {"sync", "now", "--json"})) {
            JarProcess.Result run = JarProcess.runJar(environment, temp, args);
            seen.add(run.stdout());
            seen.add(run.stderr());
        }
        seen.add(Files.readString(Path.of("/proc/" + pid + "/cmdline")));
        seen.add(Files.readString(root.resolve("sync-daemon.log")));
        for (String text : seen) {
            assertFalse(text.contains(token), "the control token leaked: " + text);
        }
        assertTrue(Files.readString(root.resolve("sync/daemon/owner.json")).contains(token));
    }

    /**
     * AS-1 (issue #5): two stale same-root daemons (older versions, started outside ensure, so no state file
     * names them) are safe_auto; {@code sync daemon start} reaps both and leaves exactly one daemon.
     */
    @Test
    void as1StartReapsTwoStaleSameRootDaemonsAndLeavesExactlyOne() throws Exception {
        Process stale1 = startDaemonDirectly(9431, "3.2.2");
        Process stale2 = startDaemonDirectly(9432, "3.2.3");

        JsonObject started = json(JarProcess.runJar(environment, temp, "sync", "daemon", "start", "--json"), 0);
        remember(started);
        assertEquals("started", started.get("status").getAsString(), started::toString);
        JsonArray swept = started.getAsJsonObject("reap").getAsJsonArray("swept");
        assertEquals(2, swept.size(), started::toString);
        assertTrue(stale1.waitFor(10, TimeUnit.SECONDS) && stale2.waitFor(10, TimeUnit.SECONDS),
                "both stale daemons ended");
        Set<String> reasons = new HashSet<>();
        swept.forEach(e -> reasons.add(e.getAsJsonObject().get("reason").getAsString()));
        assertEquals(Set.of("safe_auto stale-version"), reasons);

        JsonObject doctor = json(JarProcess.runJar(environment, temp, "auth", "doctor", "--json"), 0);
        assertEquals(0, doctor.getAsJsonArray("orphans").size(), doctor::toString);
        JsonObject daemon = json(JarProcess.runJar(environment, temp, "sync", "daemon", "status", "--json"), 0);
        assertTrue(daemon.get("healthy").getAsBoolean(), daemon::toString);
        assertEquals(started.get("pid").getAsLong(), daemon.get("pid").getAsLong());
    }

    /**
     * cli.md §3.5 (no circular remedies), run for real: each failure this root can be put into is produced, its
     * remediation's command is run, and that command is not refused by the same condition — for 1, 4 and 7 it
     * clears the failure; for 5 and 6 the named command is a report that runs (exit 1 = findings, not a refusal).
     */
    @Test
    void everyRemediationRunsAndIsNotRefusedByItsOwnCondition() throws Exception {
        // failure 1: an unreadable owner record → R1 doctor restart-daemon
        Path owner = Files.createDirectories(root.resolve("sync/daemon")).resolve("owner.json");
        Files.writeString(owner, "{not json");
        JsonObject unreadable = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        assertTrue(codes(unreadable).contains("owner_record_unreadable"), unreadable::toString);
        assertTrue(remediations(unreadable).get("owner_record_unreadable").contains("doctor restart-daemon"));
        JsonObject restarted = json(JarProcess.runJar(environment, temp, "doctor", "restart-daemon", "--json"), 0);
        startedPids.add(restarted.get("new_pid").getAsLong());
        assertEquals(0, JarProcess.runJar(environment, temp, "sync", "status", "--check").exitCode());

        // failure 7: a stale same-root daemon → R6 auth doctor --reset
        startDaemonDirectly(9436, "3.2.2");
        JsonObject orphans = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        assertTrue(codes(orphans).contains("live_orphan_daemons"), orphans::toString);
        assertTrue(remediations(orphans).get("live_orphan_daemons").contains("auth doctor --reset"));
        assertEquals(0, JarProcess.runJar(environment, temp, "auth", "doctor", "--reset").exitCode());
        assertEquals(0, JarProcess.runJar(environment, temp, "sync", "status", "--check").exitCode());

        // failure 4: legacy rows while authenticated → R4 sync migrate
        E2eRoot.copyFixture("legacy-queue-me.db", root.resolve("queue.db"));
        JsonObject pending = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        assertTrue(remediations(pending).get("legacy_rows_pending").contains("sync migrate"), pending::toString);
        assertEquals(0, JarProcess.runJar(environment, temp, "sync", "migrate").exitCode());
        assertEquals(0, JarProcess.runJar(environment, temp, "sync", "status", "--check").exitCode());

        // failure 5: an unreadable queue DB → R8 sync doctor, a report that runs
        Files.writeString(root.resolve("queue.db"), "this is not a database");
        JsonObject broken = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        assertTrue(remediations(broken).get("queue_db_unreadable").contains("sync doctor"), broken::toString);
        JarProcess.Result doctor = JarProcess.runJar(environment, temp, "sync", "doctor", "--json");
        assertEquals(1, doctor.exitCode(), doctor::toString);
        assertFalse(json(doctor, 1).has("error_code"), "sync doctor reports; it is never refused");
        Files.delete(root.resolve("queue.db"));

        // failure 6: SaaS enabled without identity → R5 auth status, a report that runs
        Files.delete(root.resolve("credentials"));
        JsonObject anonymous = json(JarProcess.runJar(environment, temp, "sync", "status", "--check", "--json"), 2);
        assertTrue(remediations(anonymous).get("saas_unauthenticated").contains("auth status"), anonymous::toString);
        JarProcess.Result auth = JarProcess.runJar(environment, temp, "auth", "status", "--json");
        assertEquals(1, auth.exitCode(), auth::toString);
        assertFalse(json(auth, 1).get("authenticated").getAsBoolean());
    }

    private static Map<String, String> remediations(JsonObject status) {
        Map<String, String> byCode = new HashMap<>();
        status.getAsJsonArray("failures").forEach(f -> byCode.put(f.getAsJsonObject().get("code").getAsString(),
                f.getAsJsonObject().get("remediation").getAsString()));
        return byCode;
    }

    /** {@code sync daemon run} started by this test itself (token on stdin), healthy before it returns. */
    private Process startDaemonDirectly(int port, String version) throws Exception {
        List<String> command = List.of(JarProcess.javaExecutable().toString(), "-jar", JarProcess.jar().toString(),
                "sync", "daemon", "run", "--port", Integer.toString(port),
                "--spec-kitty-daemon-root=" + root.toRealPath(),
                "--spec-kitty-daemon-exec=" + JarProcess.jar().toRealPath());
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().clear();
        builder.environment().putAll(with("SPEC_KITTY_CLI_VERSION", version));
        builder.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        startedPids.add(process.pid());
        process.getOutputStream().write("0123456789abcdef0123456789abcdef\n".getBytes(StandardCharsets.US_ASCII));
        process.getOutputStream().close();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            try {
                java.net.HttpURLConnection http = (java.net.HttpURLConnection)
                        java.net.URI.create("http://127.0.0.1:" + port + "/api/health").toURL().openConnection();
                http.setConnectTimeout(200);
                http.setReadTimeout(500);
                if (http.getResponseCode() == 200) {
                    return process;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertTrue(process.isAlive(), "the stale daemon on " + port + " exited early");
            Thread.sleep(100);
        }
        throw new AssertionError("the stale daemon on " + port + " never became healthy");
    }

    /**
     * Whether the pid runs: /proc says it exists and is not a zombie. (A detached daemon whose spawner exited is
     * reaped by whatever init the machine has, maybe late, and ProcessHandle reports zombies as alive.)
     */
    private static boolean runs(long pid) throws IOException {
        Path stat = Path.of("/proc/" + pid + "/stat");
        if (!Files.exists(stat)) {
            return false;
        }
        String text;
        try {
            text = Files.readString(stat);
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
        return text.charAt(text.lastIndexOf(')') + 2) != 'Z';
    }

    private Map<String, String> with(String name, String value) {
        Map<String, String> copy = new HashMap<>(environment);
        copy.put(name, value);
        return copy;
    }

    private JarProcess.Result runJar(Path jar, Map<String, String> extra, String... args) {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaExecutable().toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(environment);
        env.putAll(extra);
        return JarProcess.run(command, env, temp);
    }

    private void remember(JsonObject started) {
        startedPids.add(started.get("pid").getAsLong());
    }

    private static JsonObject json(JarProcess.Result run, int expectedExit) {
        assertEquals(expectedExit, run.exitCode(), run::toString);
        return JsonParser.parseString(run.stdout()).getAsJsonObject();
    }

    private static Set<String> codes(JsonObject status) {
        Set<String> codes = new HashSet<>();
        status.getAsJsonArray("failures").forEach(f -> codes.add(f.getAsJsonObject().get("code").getAsString()));
        return codes;
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : array) {
            values.add(element.getAsString());
        }
        return values;
    }
}
