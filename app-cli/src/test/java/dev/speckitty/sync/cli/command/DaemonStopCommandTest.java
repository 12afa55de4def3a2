package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync daemon stop} (cli.md §8.2) against simulated daemons. */
class DaemonStopCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        world = cli.daemons();
    }

    @Test
    void nothingRecordedIsNotRunningExit0() {
        CliRun run = cli.run("sync", "daemon", "stop");
        assertEquals(0, run.exitCode());
        assertEquals("No sync daemon metadata found.\n", run.stdout());
        assertEquals(JsonParser.parseString("{\"status\":\"not_running\",\"message\":\"No sync daemon metadata found.\","
                + "\"pid\":null,\"port\":null}"), cli.run("sync", "daemon", "stop", "--json").json());
    }

    @Test
    void aRecordedDaemonIsStopped() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9402, DaemonWorld.TOKEN,
                cli.foreground(), world.scopeRoot));
        CliRun run = cli.run("sync", "daemon", "stop", "--json");
        assertEquals(0, run.exitCode());
        assertEquals(JsonParser.parseString("{\"status\":\"stopped\",\"message\":\"Sync daemon stopped.\",\"pid\":"
                + daemon.pid() + ",\"port\":9402}"), run.json());
        assertEquals(List.of("shutdown 9402"), world.daemons.requests());
    }

    @Test
    void anUnhealthyRecordReportsTheStateFilesPidAndPort() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9403, DaemonWorld.TOKEN,
                cli.foreground(), world.scopeRoot));
        world.processes.remove(daemon.pid());
        assertEquals(JsonParser.parseString("{\"status\":\"cleared_unhealthy\",\"message\":\"Unhealthy sync daemon"
                + " metadata has been cleared.\",\"pid\":" + daemon.pid() + ",\"port\":9403}"),
                cli.run("sync", "daemon", "stop", "--json").json());
    }

    @Test
    void aFailedStopIsExit3WithR13OnStderr() {
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9400, DaemonWorld.TOKEN,
                cli.foreground(), world.scopeRoot)).ignoringShutdown();
        world.signals.ownedByAnotherUser(daemon.pid());
        CliRun run = cli.run("sync", "daemon", "stop");
        assertEquals(3, run.exitCode());
        assertEquals("", run.stdout());
        assertEquals(List.of("Sync daemon could not be stopped: SIGTERM to pid " + daemon.pid() + " was denied",
                "  Remediation: " + Remediation.R13), run.stderrLines());
    }

    @Test
    void aLockTimeoutIsAStopFailureWithItsOwnMessage() {
        world.locks.holdElsewhere(cli.root(), LockName.SYNC_DAEMON);
        CliRun run = cli.run("sync", "daemon", "stop", "--json");
        assertEquals(3, run.exitCode());
        assertEquals(JsonParser.parseString("{\"status\":\"stop_failed\",\"message\":\"Sync daemon could not be"
                + " stopped: could not acquire daemon lock within 60s\",\"pid\":null,\"port\":null,"
                + "\"error_code\":\"DAEMON_STOP_FAILED\",\"error\":\"Sync daemon could not be stopped: could not"
                + " acquire daemon lock within 60s\",\"remediation\":[\"" + Remediation.R13 + "\"]}"), run.json());
    }
}
