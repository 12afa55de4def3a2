package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code auth doctor} against fakes (cli.md §13, cleanup.md §10); the live sweeps are in the live matrix. */
class AuthDoctorCommandTest {

    @TempDir
    Path temp;
    private CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp, "2026-06-30T10:59:00Z");
    }

    /** A stale same-root sync daemon on {@code port}, visible to every fake port discovery reads. */
    private void staleDaemon(int port, long pid, String version) {
        String root = cli.root().toString();
        cli.processes().alive(pid, List.of("/usr/bin/java", "-jar", "/opt/sk/lib/spec-kitty-sync.jar", "sync",
                "daemon", "run", "--port", Integer.toString(port), "--spec-kitty-daemon-root=" + root),
                Instant.parse("2026-06-30T10:00:00Z"), Path.of("/usr/bin/java"));
        cli.listenerPids().listen(port, pid);
        cli.loopback().serve(new SyncPort(port), new HealthReport("ok", "sync", false, root, 1L, version,
                new SyncActivity(false, null, 0L), "Offline", new HealthOwner(pid, (long) port, version, null, null,
                null, null, null, null, null, null)));
    }

    @Test
    void forceWithoutResetIsAUsageError() {
        CliRun run = cli.run("auth", "doctor", "--force", "--json");
        assertEquals(2, run.exitCode());
        assertEquals("USAGE_ERROR", run.json().get("error_code").getAsString());
        assertEquals("Error: --force requires --reset", run.stderrLines().get(0));
        CliRun human = cli.run("auth", "doctor", "--force");
        assertEquals(2, human.exitCode());
        assertEquals("", human.stdout());
    }

    @Test
    void aCleanRootHasExactlyTheSchemaTwoKeysAndNoResetResult() {
        CliRun run = cli.run("auth", "doctor", "--json");
        JsonObject json = run.json();
        assertEquals(new TreeSet<>(Set.of("schema_version", "generated_at", "auth_root", "saas_sync_enabled",
                "identity", "session", "credentials", "daemon", "owner_record", "daemon_scan_diagnostic", "orphans",
                "findings")), new TreeSet<>(json.keySet()));
        assertEquals(2, json.get("schema_version").getAsInt());
        assertEquals("2026-06-30T10:59:00+00:00", json.get("generated_at").getAsString());
        assertTrue(json.get("daemon").isJsonNull());
        assertEquals("absent", json.getAsJsonObject("owner_record").get("status").getAsString());
        assertEquals(Set.of("status", "path", "pid", "port", "package_version", "orphan_reasons"),
                json.getAsJsonObject("owner_record").keySet());
        assertEquals("F-001", json.getAsJsonArray("findings").get(0).getAsJsonObject().get("id").getAsString());
        assertEquals("info", json.getAsJsonArray("findings").get(0).getAsJsonObject().get("severity").getAsString());
        assertEquals(0, run.exitCode(), "F-001 is info while SaaS sync is disabled");
        assertEquals(List.of(), cli.signals().sent());
    }

    @Test
    void unauthenticatedWithSaasSyncIsCriticalAndExitsOne() {
        cli.environment(cli.environment().with(Environment.ENABLE_SAAS_SYNC, "1"));
        CliRun run = cli.run("auth", "doctor", "--json");
        assertEquals("critical", run.json().getAsJsonArray("findings").get(0).getAsJsonObject().get("severity")
                .getAsString());
        assertEquals(1, run.exitCode());
    }

    @Test
    void theHumanReportHasItsSectionsAndAResetWithNothingToDoSaysSo() {
        CliRun run = cli.run("auth", "doctor", "--reset");
        List<String> lines = run.stdoutLines();
        assertTrue(lines.containsAll(List.of("Identity", "Daemon", "  not running", "Owner Record", "Orphans",
                "  (none)", "Findings", "  [info] F-001: No authenticated identity is available",
                "      Run: spec-kitty auth status — Show why no identity resolves; log in with the spec-kitty "
                        + "reference CLI.", "--reset: no orphans detected; no-op.")), run.stdout());
        assertTrue(lines.contains("  Status                 absent"), run.stdout());
        JsonObject json = cli.run("auth", "doctor", "--reset", "--json").json();
        assertEquals(0, json.getAsJsonObject("reset_result").getAsJsonArray("swept").size());
        assertEquals(Set.of("swept", "skipped", "failed"), json.getAsJsonObject("reset_result").keySet());
    }

    @Test
    void liveOrphansAreReportedWithTheirFindingAndInSyncStatus() {
        staleDaemon(9420, 5020, "3.2.2");
        staleDaemon(9402, 5002, "3.2.4");
        JsonObject doctor = cli.run("auth", "doctor", "--json").json();
        assertEquals(2, doctor.getAsJsonArray("orphans").size());
        JsonObject first = doctor.getAsJsonArray("orphans").get(0).getAsJsonObject();
        assertEquals(9402, first.get("port").getAsInt());
        assertEquals(18, first.keySet().size());
        assertEquals("safe_auto", first.get("cleanup_class").getAsString());
        JsonObject finding = doctor.getAsJsonArray("findings").get(1).getAsJsonObject();
        assertEquals("2 orphan daemon(s) detected on port(s) 9402, 9420", finding.get("summary").getAsString());
        assertEquals("spec-kitty auth doctor --reset", finding.getAsJsonObject("remediation").get("command")
                .getAsString());

        CliRun human = cli.run("auth", "doctor");
        assertTrue(human.stdoutLines().contains("  5002     9402   3.2.4            safe_auto"), human.stdout());

        CliRun status = cli.run("sync", "status", "--check");
        assertEquals(2, status.exitCode());
        assertTrue(status.stdoutLines().containsAll(List.of("Live orphan daemons",
                "  PID 5002  port 9402  version 3.2.4  class safe_auto",
                "  PID 5020  port 9420  version 3.2.2  class safe_auto",
                "  ! 2 live orphan sync daemon(s) detected on port(s) 9402, 9420")), status.stdout());
        JsonObject statusJson = cli.run("sync", "status", "--json").json();
        assertEquals(2, statusJson.getAsJsonArray("live_orphan_daemons").size());
        assertFalse(cli.run("sync", "status", "--json").stdout().contains("spec-kitty-daemon-root"));
        assertEquals(List.of(), cli.signals().sent(), "reports never signal");
    }

    @Test
    void anInvalidPortRangeIsWarnedAboutOnceAndIgnored() {
        cli.environment(cli.environment().with(Environment.SYNC_PORT_RANGE, "9300-9500"));
        CliRun run = cli.run("sync", "status");
        assertEquals(List.of("[WARN] ignoring invalid SPEC_KITTY_SYNC_PORT_RANGE=9300-9500"),
                run.stderrLines().stream().filter(l -> l.contains("SPEC_KITTY_SYNC_PORT_RANGE")).toList());
    }
}
