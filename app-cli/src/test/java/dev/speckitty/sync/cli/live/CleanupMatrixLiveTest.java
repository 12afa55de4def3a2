package dev.speckitty.sync.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.SpecKittyCli;
import dev.speckitty.sync.core.cleanup.CleanupClass;
import dev.speckitty.sync.core.cleanup.DiscoverListeners;
import dev.speckitty.sync.core.cleanup.PortRange;
import dev.speckitty.sync.core.cleanup.StartupReaper;
import dev.speckitty.sync.core.cleanup.SweepDaemons;
import dev.speckitty.sync.core.cleanup.SweepLiveOrphans;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.cleanup.SweptEntry;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import dev.speckitty.sync.fs.FsAdapters;
import dev.speckitty.sync.fs.daemon.DaemonFiles;
import dev.speckitty.sync.process.ProcessAdapters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live rows of the boundary regression matrix (cleanup.md §12) with real loopback listeners and real pids in
 * the band 9418–9425, through the CLI with its production adapters: (A) {@code sync status --check --json},
 * (B) {@code auth doctor --json}, (C) {@code --reset}, (D) {@code --reset --force}, and the startup reaper (the
 * sweep half of (E); ensure itself is the daemon lifecycle's). Every assertion compares {@code reset_result} with
 * what really happened to each process.
 */
@Tag("live")
class CleanupMatrixLiveTest {

    private static final Duration EXIT_WAIT = Duration.ofSeconds(3);

    /** Wall-clock time for the reaper built by hand (live suite: real waits are the point). */
    private static final Clock REAL_CLOCK = new Clock() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public long monotonicNanos() {
            return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        }
    };

    @TempDir
    Path temp;

    private final TestListeners listeners = new TestListeners();
    private Path root;
    private String scope;
    private Map<String, String> env;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectory(temp.resolve("root"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwx------")));
        scope = TestListeners.canonical(root).toString();
        env = new HashMap<>(Map.of(Environment.HOME, temp.resolve("home").toString(),
                Environment.SPEC_KITTY_HOME, root.toString(),
                Environment.SYNC_PORT_RANGE, TestListeners.BAND_FIRST + "-" + TestListeners.BAND_LAST,
                Environment.ENABLE_SAAS_SYNC, "1",
                Environment.CLI_VERSION, "3.2.4",
                "SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS", "60"));
    }

    @AfterEach
    void stopEverythingStarted() throws InterruptedException {
        listeners.close();
    }

    private record Run(int exit, String out, String err) {
        JsonObject json() {
            return JsonParser.parseString(out).getAsJsonObject();
        }
    }

    private Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = SpecKittyCli.run(args, Environment.of(env), temp, o, e);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Integer> ports(JsonArray entries) {
        List<Integer> ports = new ArrayList<>();
        entries.forEach(e -> ports.add(e.getAsJsonObject().get("port").getAsInt()));
        return ports;
    }

    private static JsonObject entryOn(JsonArray entries, int port) {
        for (JsonElement entry : entries) {
            if (entry.getAsJsonObject().get("port").getAsInt() == port) {
                return entry.getAsJsonObject();
            }
        }
        throw new AssertionError("no entry for port " + port + " in " + entries);
    }

    @Test
    void theWholeBandThroughStatusDoctorResetAndForce() throws Exception {
        TestListeners.Listener python322 = listeners.pythonDaemon(listeners.freePort(), "3.2.2", scope);
        TestListeners.Listener java323 = listeners.javaDaemon(listeners.freePort(), "3.2.3", scope, Map.of());
        TestListeners.Listener java324 = listeners.javaDaemon(listeners.freePort(), "3.2.4", scope, Map.of());
        TestListeners.Listener preMarker = listeners.javaDaemon(listeners.freePort(), "3.2.3", null, Map.of());
        TestListeners.Listener crossRoot = listeners.pythonDaemon(listeners.freePort(), "3.2.4",
                temp.resolve("other-root").toString());
        TestListeners.Listener wedged = listeners.wedged(listeners.freePort(), scope);
        TestListeners.Listener thirdParty = listeners.thirdParty(listeners.freePort());
        TestListeners.Listener dashboard = listeners.dashboard(listeners.freePort());
        List<Integer> safeAuto = List.of(python322.port(), java323.port(), java324.port());
        List<Integer> operatorRequired = List.of(preMarker.port(), crossRoot.port(), wedged.port());
        List<Integer> orphans = new ArrayList<>(safeAuto);
        orphans.addAll(operatorRequired);
        orphans.sort(null);

        Run status = cli("sync", "status", "--check", "--json");                                   // (A)
        assertEquals(2, status.exit(), status.err());
        JsonObject statusJson = status.json();
        assertEquals(orphans, ports(statusJson.getAsJsonArray("live_orphan_daemons")));
        assertEquals(6, statusJson.get("live_orphan_daemon_count").getAsInt());
        assertTrue(status.out().contains("live_orphan_daemons"));
        assertFalse(status.out().contains("run_sync_daemon"), "no command line is ever printed");

        Run doctor = cli("auth", "doctor", "--json");                                              // (B)
        JsonObject doctorJson = doctor.json();
        assertEquals(2, doctorJson.get("schema_version").getAsInt());
        assertEquals(orphans, ports(doctorJson.getAsJsonArray("orphans")));
        assertEquals("operator_required", entryOn(doctorJson.getAsJsonArray("orphans"), wedged.port())
                .get("cleanup_class").getAsString());
        assertEquals("unresponsive", entryOn(doctorJson.getAsJsonArray("orphans"), wedged.port())
                .get("skip_reason").getAsString());
        assertEquals("pre_marker", entryOn(doctorJson.getAsJsonArray("orphans"), preMarker.port())
                .get("skip_reason").getAsString());
        assertEquals("cross_root", entryOn(doctorJson.getAsJsonArray("orphans"), crossRoot.port())
                .get("skip_reason").getAsString());
        assertFalse(doctorJson.has("reset_result"));
        assertTrue(TestListeners.alive(python322) && TestListeners.alive(wedged), "auth doctor is read-only");

        Run reset = cli("auth", "doctor", "--reset", "--json");                                    // (C)
        JsonObject result = reset.json().getAsJsonObject("reset_result");
        assertEquals(safeAuto, ports(result.getAsJsonArray("swept")));
        assertEquals(operatorRequired.stream().sorted().toList(), ports(result.getAsJsonArray("skipped")));
        assertEquals(0, result.getAsJsonArray("failed").size(), reset.out());
        assertEquals("safe_auto stale-version", entryOn(result.getAsJsonArray("swept"), python322.port())
                .get("reason").getAsString());
        assertEquals("safe_auto stale-version", entryOn(result.getAsJsonArray("swept"), java323.port())
                .get("reason").getAsString());
        assertEquals("safe_auto", entryOn(result.getAsJsonArray("swept"), java324.port()).get("reason").getAsString());
        for (TestListeners.Listener swept : List.of(python322, java323, java324)) {
            assertTrue(TestListeners.exitedWithin(swept, EXIT_WAIT), "swept pid " + swept.pid() + " must be gone");
        }
        for (TestListeners.Listener left : List.of(preMarker, crossRoot, wedged, thirdParty, dashboard)) {
            assertTrue(TestListeners.alive(left), "pid " + left.pid() + " must survive a plain --reset");
        }
        assertEquals(operatorRequired.stream().sorted().toList(), ports(reset.json().getAsJsonArray("orphans")),
                "the report is rebuilt after the sweep");
        assertEquals(1, reset.exit(), "unauthenticated with SaaS sync enabled is critical F-001, nothing failed");

        Run force = cli("auth", "doctor", "--reset", "--force", "--json");                         // (D)
        JsonObject forced = force.json().getAsJsonObject("reset_result");
        assertEquals(operatorRequired.stream().sorted().toList(), ports(forced.getAsJsonArray("swept")));
        assertEquals(0, forced.getAsJsonArray("failed").size(), force.out());
        String wedgedPath = entryOn(forced.getAsJsonArray("swept"), wedged.port()).get("cleanup_path").getAsString();
        assertTrue(wedgedPath.equals("terminate") || wedgedPath.equals("kill"), wedgedPath);
        for (TestListeners.Listener swept : List.of(preMarker, crossRoot, wedged)) {
            assertTrue(TestListeners.exitedWithin(swept, EXIT_WAIT), "forced pid " + swept.pid() + " must be gone");
        }
        assertTrue(TestListeners.alive(thirdParty), "third-party listeners survive every cleanup");
        assertTrue(TestListeners.alive(dashboard), "dashboard listeners survive every cleanup");
        assertEquals(0, force.json().getAsJsonArray("orphans").size());
        assertFalse(force.out().contains(String.valueOf(thirdParty.port()) + ","), force.out());
    }

    @Test
    void aDaemonIgnoringSigtermIsKilledAndAMismatchedSelfReportNeedsForce() throws Exception {
        TestListeners.Listener stubborn = listeners.javaDaemon(listeners.freePort(), "3.2.2", scope,
                Map.of("SKT_IGNORE_TERM", "1"));
        TestListeners.Listener mismatched = listeners.javaDaemon(listeners.freePort(), "3.2.4", scope,
                Map.of("SKT_PID_DELTA", "1"));

        JsonObject result = cli("auth", "doctor", "--reset", "--json").json().getAsJsonObject("reset_result");
        assertEquals("kill", entryOn(result.getAsJsonArray("swept"), stubborn.port()).get("cleanup_path")
                .getAsString());
        assertEquals("pid_port_mismatch", entryOn(result.getAsJsonArray("skipped"), mismatched.port())
                .get("skip_reason").getAsString());
        assertTrue(TestListeners.exitedWithin(stubborn, EXIT_WAIT));
        assertTrue(TestListeners.alive(mismatched));

        JsonObject forced = cli("auth", "doctor", "--reset", "--force", "--json").json()
                .getAsJsonObject("reset_result");
        assertEquals(List.of(mismatched.port()), ports(forced.getAsJsonArray("swept")));
        assertTrue(TestListeners.exitedWithin(mismatched, EXIT_WAIT));
    }

    @Test
    void row17TheRecordedSingletonSurvivesWhileTwoStaleDaemonsAreSwept() throws Exception {
        TestListeners.Listener singleton = listeners.javaDaemon(listeners.freePort(), "3.2.4", scope, Map.of());
        TestListeners.Listener stale1 = listeners.javaDaemon(listeners.freePort(), "3.2.2", scope, Map.of());
        TestListeners.Listener stale2 = listeners.pythonDaemon(listeners.freePort(), "3.2.3", scope);
        DaemonFiles.stateFiles().write(root, StateFile.of(new SyncPort(singleton.port()),
                new ControlToken("0".repeat(32)), singleton.pid()));

        Run reset = cli("auth", "doctor", "--reset", "--json");
        JsonObject result = reset.json().getAsJsonObject("reset_result");
        assertEquals(List.of(stale1.port(), stale2.port()), ports(result.getAsJsonArray("swept")));
        assertEquals(0, result.getAsJsonArray("failed").size());
        assertTrue(TestListeners.exitedWithin(stale1, EXIT_WAIT) && TestListeners.exitedWithin(stale2, EXIT_WAIT));
        assertTrue(TestListeners.alive(singleton));
        assertTrue(Files.exists(root.resolve("sync-daemon")), "the singleton stays recorded");
        assertTrue(reset.json().get("daemon").getAsJsonObject().get("active").getAsBoolean());
        assertEquals(0, reset.json().getAsJsonArray("orphans").size());
    }

    @Test
    void anOwnerRecordNamingALiveNonDaemonProcessNeverGetsItSignalled() throws Exception {
        TestListeners.Listener bystander = listeners.idleProcess();
        TestListeners.Listener stale = listeners.javaDaemon(listeners.freePort(), "3.2.2", scope, Map.of());
        LockFiles locks = FsAdapters.lockFiles(REAL_CLOCK);
        DaemonFiles.ownerRecords(locks).write(root, new OwnerRecord(null, null, null,
                "/opt/spec-kitty/lib/spec-kitty-sync.jar", "3.2.2", bystander.pid(), stale.port(),
                root.resolve("queue.db").toString(), "https://spec-kitty-dev.fly.dev", "/opt/spec-kitty",
                "2020-01-01T00:00:00+00:00", new ControlToken("1".repeat(32))));

        JsonObject result = cli("auth", "doctor", "--reset", "--force", "--json").json()
                .getAsJsonObject("reset_result");
        assertEquals("terminate", entryOn(result.getAsJsonArray("swept"), stale.port()).get("cleanup_path")
                .getAsString(), "owner.json names another pid: no shutdown request, a verified SIGTERM");
        assertTrue(TestListeners.exitedWithin(stale, EXIT_WAIT));
        assertTrue(TestListeners.alive(bystander), "the recycled owner-record pid is never signalled");
        assertTrue(Files.exists(OwnerRecords.ownerRecordPath(root)), "the record names no swept daemon");
    }

    @Test
    void theStartupReaperSweepsSafeAutoOnlyAndNeverSpawns() throws Exception {
        TestListeners.Listener stale1 = listeners.javaDaemon(listeners.freePort(), "3.2.2", scope, Map.of());
        TestListeners.Listener stale2 = listeners.pythonDaemon(listeners.freePort(), "3.2.3", scope);
        TestListeners.Listener preMarker = listeners.javaDaemon(listeners.freePort(), "3.2.3", null, Map.of());
        TestListeners.Listener thirdParty = listeners.thirdParty(listeners.freePort());
        LockFiles locks = FsAdapters.lockFiles(REAL_CLOCK);
        RecordingOperatorLog log = new RecordingOperatorLog();
        DiscoverListeners discovery = new DiscoverListeners(ProcessAdapters.scanLoopbackPorts(),
                ProcessAdapters.listenerPids(), ProcessAdapters.processTable(), DaemonFiles.stateFiles(),
                DaemonFiles.ownerRecords(locks), DaemonFiles.canonicalPaths(),
                new PortRange(TestListeners.BAND_FIRST, TestListeners.BAND_LAST));
        SweepDaemons sweeper = new SweepDaemons(ProcessAdapters.processTable(), ProcessAdapters.signals(),
                ProcessAdapters.probeLoopback(), ProcessAdapters.controlDaemon(), DaemonFiles.ownerRecords(locks),
                REAL_CLOCK, log);
        SweepResult reaped = new StartupReaper(new SweepLiveOrphans(discovery, sweeper, locks), log, "3.2.4")
                .reap(root);

        assertEquals(List.of(stale1.port(), stale2.port()), reaped.swept().stream().map(SweptEntry::port).toList());
        assertEquals(List.of(preMarker.port()), reaped.skipped().stream().map(s -> s.port()).toList());
        assertTrue(TestListeners.exitedWithin(stale1, EXIT_WAIT) && TestListeners.exitedWithin(stale2, EXIT_WAIT));
        assertTrue(TestListeners.alive(preMarker) && TestListeners.alive(thirdParty));
        assertFalse(Files.exists(root.resolve("sync-daemon")), "the reaper never spawns or records a daemon");
        assertTrue(discovery.discover(root).stream().noneMatch(r -> r.cleanupClass() == CleanupClass.SAFE_AUTO),
                "after the reaper no safe_auto daemon is left, so ensure spawns at most one");
        assertTrue(log.lines().contains("[INFO] left sync daemon for the operator: pid=" + preMarker.pid() + " port="
                + preMarker.port() + " reason=pre_marker"), log.lines().toString());
    }
}
