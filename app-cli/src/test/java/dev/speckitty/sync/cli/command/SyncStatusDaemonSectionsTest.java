package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Daemon and Daemon owner record sections of {@code sync status} (cli.md §5.2/§5.3) with real facts. */
class SyncStatusDaemonSectionsTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;
    private Path record;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        cli.identity(r -> Identities.session(r, "alice@example.com", "team-1"));
        world = cli.daemons();
        record = cli.root().resolve("sync/daemon/owner.json");
    }

    private List<String> section(CliRun run, String title) {
        List<String> lines = run.stdoutLines();
        int start = lines.indexOf(title);
        int end = lines.subList(start, lines.size()).indexOf("");
        return lines.subList(start, start + end);
    }

    @Test
    void aRunningDaemonAndItsPresentRecord() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9401, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot));
        ForegroundIdentity foreground = cli.foreground();
        CliRun run = cli.run("sync", "status", "--check");
        assertEquals(0, run.exitCode(), run.stdout());
        assertEquals(List.of("Daemon", "  Status                 running", "  URL                    http://127.0.0.1:9401",
                "  PID                    " + daemon.pid(), "  Port                   9401"), section(run, "Daemon"));
        assertEquals(List.of("Daemon owner record",
                "  Status                 present",
                "  PID                    " + daemon.pid(),
                "  Port                   9401",
                "  Package version        3.2.4",
                "  Executable path        " + foreground.executablePath(),
                "  Source checkout path   " + foreground.sourceCheckoutPath(),
                "  Server URL             https://spec-kitty-dev.fly.dev",
                "  Auth scope             " + foreground.authScope(),
                "  Queue DB path          " + foreground.queueDbPath(),
                "  Started at             2026-05-17T16:42:00+00:00"), section(run, "Daemon owner record"));
        JsonObject json = cli.run("sync", "status", "--json").json();
        assertEquals(JsonParser.parseString("{\"registered\":true,\"healthy\":true,\"url\":\"http://127.0.0.1:9401\","
                + "\"pid\":" + daemon.pid() + ",\"port\":9401,\"package_version\":\"3.2.4\",\"protocol_version\":1}"),
                json.get("daemon"));
        JsonObject owner = json.getAsJsonObject("daemon_owner_record");
        assertEquals("present", owner.get("status").getAsString());
        assertEquals(daemon.pid(), owner.get("pid").getAsLong());
        assertTrue(!owner.has("token"), "no token key");
        assertTrue(!json.toString().contains(DaemonWorld.TOKEN.value()), "the token never appears");
    }

    @Test
    void anOrphanRecordShowsItsReasonsAndFailsTheCheckWithR3() {
        SimulatedDaemons.Daemon dead = world.daemons.running(9404, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot);
        world.processes.remove(dead.pid());
        CliRun run = cli.run("sync", "status", "--check");
        assertEquals(2, run.exitCode());
        assertTrue(section(run, "Daemon owner record").contains("  Orphan reasons         pid_not_alive"));
        assertTrue(run.stdout().contains("  Orphan daemon records  1\n"));
        assertTrue(run.stdout().endsWith("Identity boundary check FAILED:\n  ! orphan daemon owner record " + record
                + " (pid " + dead.pid() + ", port 9404): pid_not_alive\n    Remediation: " + Remediation.R3 + "\n"));
        JsonObject json = cli.run("sync", "status", "--json").json();
        assertEquals(1, json.get("orphan_record_count").getAsInt());
        assertEquals(1, json.get("orphan_daemon_count").getAsInt());
        assertEquals(JsonParser.parseString("[\"pid_not_alive\"]"),
                json.getAsJsonObject("daemon_owner_record").get("orphan_reasons"));
    }

    @Test
    void anUnreadableRecordShowsItsReasonWithEveryFieldNull() {
        world.ownerRecords.plantUnreadable(cli.root(), OwnerRecordReading.Reason.INVALID_FIELDS,
                "missing required key 'token'");
        CliRun run = cli.run("sync", "status");
        assertEquals(List.of("Daemon owner record", "  Status                 unreadable", "  PID                    <unset>",
                "  Port                   <unset>", "  Package version        <unset>", "  Executable path        <unset>",
                "  Source checkout path   <unset>", "  Server URL             <unset>", "  Auth scope             <unset>",
                "  Queue DB path          <unset>", "  Started at             <unset>",
                "  Unreadable reason      invalid_fields: missing required key 'token'"),
                section(run, "Daemon owner record"));
        JsonObject owner = cli.run("sync", "status", "--json").json().getAsJsonObject("daemon_owner_record");
        assertEquals("invalid_fields", owner.get("unreadable_reason").getAsString());
        assertTrue(owner.get("pid").isJsonNull());
    }

    @Test
    void aMismatchedDaemonIsFailure2WithEveryField() {
        ForegroundIdentity foreground = cli.foreground();
        world.record(world.daemons.running(9400, DaemonWorld.TOKEN, new ForegroundIdentity("3.2.2",
                foreground.executablePath(), foreground.sourceCheckoutPath(), "https://other.example.com",
                foreground.authPrincipal(), foreground.authTeam(), foreground.authScope(), foreground.queueDbPath()),
                world.scopeRoot));
        CliRun run = cli.run("sync", "status", "--check");
        assertEquals(2, run.exitCode());
        assertTrue(run.stdout().contains("  Mismatched fields      package_version, server_url\n"));
        assertTrue(run.stdout().contains("  ! foreground/daemon mismatch on field(s): package_version, server_url\n"
                + "    package_version: foreground=3.2.4 daemon=3.2.2\n"
                + "    server_url: foreground=https://spec-kitty-dev.fly.dev daemon=https://other.example.com\n"
                + "    Remediation: " + Remediation.R2 + "\n"), run.stdout());
        assertEquals(JsonParser.parseString("[{\"field\":\"package_version\",\"foreground_value\":\"3.2.4\","
                + "\"daemon_value\":\"3.2.2\"},{\"field\":\"server_url\",\"foreground_value\":"
                + "\"https://spec-kitty-dev.fly.dev\",\"daemon_value\":\"https://other.example.com\"}]"),
                cli.run("sync", "status", "--json").json().get("mismatches"));
    }

    @Test
    void aHealthyDaemonWithoutOwnerIdentityIsFailure9() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.start(9402, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot, SpawnShape.PYTHON, Duration.ZERO, false).withoutOwnerRecord());
        CliRun run = cli.run("sync", "status", "--check", "--json");
        assertEquals(2, run.exitCode());
        assertEquals(JsonParser.parseString("[{\"code\":\"owner_record_missing\",\"message\":\"recorded sync daemon (pid "
                + daemon.pid() + ", port 9402) reports no owner identity and owner record " + record + " is absent\","
                + "\"remediation\":\"" + Remediation.R2 + "\"}]"), run.json().get("failures"));
    }

    @Test
    void anUnhealthyRecordedDaemonIsReportedAsSuch() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9403, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot));
        world.processes.remove(daemon.pid());
        CliRun run = cli.run("sync", "status");
        assertEquals(List.of("Daemon", "  Status                 recorded but not healthy",
                "  URL                    http://127.0.0.1:9403", "  PID                    " + daemon.pid(),
                "  Port                   9403"), section(run, "Daemon"));
    }
}
