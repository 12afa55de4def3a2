package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync daemon status} (cli.md §8.3, clarifications #19) against simulated daemons. */
class DaemonStatusCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        cli.identity(r -> Identities.session(r, "alice@example.com", "team-1"));
        world = cli.daemons();
    }

    @Test
    void nothingRecordedShowsOnlyTheOwnerRecord() {
        CliRun run = cli.run("sync", "daemon", "status");
        assertEquals(0, run.exitCode());
        assertEquals("Sync daemon: not running\n  Owner record           absent\n", run.stdout());
        assertEquals(JsonParser.parseString("{\"registered\":false,\"healthy\":false,\"url\":null,\"pid\":null,"
                + "\"port\":null,\"package_version\":null,\"protocol_version\":null,\"sync\":null,"
                + "\"owner_record_status\":\"absent\"}"), cli.run("sync", "daemon", "status", "--json").json());
    }

    @Test
    void aRunningDaemonShowsEveryRow() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9401, DaemonWorld.TOKEN,
                cli.foreground(), world.scopeRoot));
        CliRun run = cli.run("sync", "daemon", "status");
        assertEquals(String.join("\n",
                "Sync daemon: running",
                "  URL                    http://127.0.0.1:9401",
                "  PID                    " + daemon.pid(),
                "  Port                   9401",
                "  Package version        3.2.4",
                "  Protocol version       1",
                "  Sync running           no",
                "  Last sync              never",
                "  Consecutive failures   0",
                "  Owner record           present",
                ""), run.stdout());
        assertEquals(JsonParser.parseString("{\"registered\":true,\"healthy\":true,\"url\":\"http://127.0.0.1:9401\","
                + "\"pid\":" + daemon.pid() + ",\"port\":9401,\"package_version\":\"3.2.4\",\"protocol_version\":1,"
                + "\"sync\":{\"running\":false,\"last_sync\":null,\"consecutive_failures\":0},"
                + "\"owner_record_status\":\"present\"}"), cli.run("sync", "daemon", "status", "--json").json());
    }

    @Test
    void anUnhealthyDaemonReportsTheStateFilesPidAndPortAndAnOrphanRecord() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9402, DaemonWorld.TOKEN,
                cli.foreground(), world.scopeRoot));
        world.processes.remove(daemon.pid());
        CliRun run = cli.run("sync", "daemon", "status");
        assertEquals(String.join("\n",
                "Sync daemon: recorded but not healthy",
                "  URL                    http://127.0.0.1:9402",
                "  PID                    " + daemon.pid(),
                "  Port                   9402",
                "  Owner record           orphan",
                ""), run.stdout());
        assertEquals(JsonParser.parseString("{\"registered\":true,\"healthy\":false,\"url\":\"http://127.0.0.1:9402\","
                + "\"pid\":" + daemon.pid() + ",\"port\":9402,\"package_version\":null,\"protocol_version\":null,"
                + "\"sync\":null,\"owner_record_status\":\"orphan\"}"), cli.run("sync", "daemon", "status", "--json").json());
    }

    @Test
    void anInvalidStateFileIsNotRegistered() {
        world.stateFiles.plantText(cli.root(), "garbage");
        world.ownerRecords.plantUnreadable(cli.root(), OwnerRecordReading.Reason.INVALID_JSON, "empty file");
        assertEquals("Sync daemon: not running\n  Owner record           unreadable\n",
                cli.run("sync", "daemon", "status").stdout());
    }

    @Test
    void aRecordedDaemonWithoutIdentityWarns() {
        cli.identity(Identities::unauthenticated);
        world.record(world.daemons.running(9401, DaemonWorld.TOKEN, cli.foreground(), world.scopeRoot));
        CliRun run = cli.run("sync", "daemon", "status", "--json");
        assertEquals(0, run.exitCode());
        assertEquals("[WARN] no authenticated identity; the daemon will not deliver\n", run.stderr());
        assertEquals("", cli.run("sync", "daemon", "stop", "--json").stderr(), "stop does not warn about identity");
    }
}
