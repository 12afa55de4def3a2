package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor restart-daemon} (cli.md §11) against simulated daemons. */
class RestartDaemonCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        cli.environment(cli.environment().with(Environment.ENABLE_SAAS_SYNC, "1"));
        cli.identity(r -> Identities.session(r, "alice@example.com", "team-1"));
        world = cli.daemons();
    }

    private long pidOn(int port) {
        return world.daemons.daemonOn(port).orElseThrow().pid();
    }

    @Test
    void aMismatchedDaemonIsRestartedWithThisCliIdentity() {
        SimulatedDaemons.Daemon old = world.record(world.daemons.running(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/opt/old"), world.scopeRoot));
        CliRun run = cli.run("doctor", "restart-daemon");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("Sync daemon restarted (previous_pid=" + old.pid() + ", new_pid=" + pidOn(9400) + ").\n",
                run.stdout());
        assertEquals(0, cli.run("sync", "status", "--check").exitCode(), "the boundary is coherent again");
    }

    @Test
    void anUnreadableOwnerRecordIsCleanedAndADaemonStarted() {
        world.ownerRecords.plantUnreadable(cli.root(), OwnerRecordReading.Reason.NOT_AN_OBJECT, "found array");
        CliRun run = cli.run("doctor", "restart-daemon", "--json");
        assertEquals(0, run.exitCode());
        assertEquals(JsonParser.parseString("{\"status\":\"stale_owner_cleaned\",\"exit_code\":0,\"previous_pid\":null,"
                + "\"new_pid\":" + pidOn(9400) + ",\"error\":null}"), run.json());
        long first = pidOn(9400);
        world.ownerRecords.plantUnreadable(cli.root(), OwnerRecordReading.Reason.NOT_AN_OBJECT, "found array");
        CliRun human = cli.run("doctor", "restart-daemon");
        assertEquals("Stale daemon owner record cleaned; daemon restarted (previous_pid=" + first + ", new_pid="
                + pidOn(9400) + ").\n", human.stdout(), "the state file names the previous daemon");
    }

    @Test
    void withSaasDisabledItClearsWithoutRespawn() {
        SimulatedDaemons.Daemon old = world.record(world.daemons.running(9400, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot));
        cli.environment(cli.environment().without(Environment.ENABLE_SAAS_SYNC));
        CliRun run = cli.run("doctor", "restart-daemon");
        assertEquals(0, run.exitCode());
        assertEquals("Sync daemon metadata cleared (previous_pid=" + old.pid() + "); not respawned because SaaS sync is"
                + " disabled.\n", run.stdout());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void nothingRegisteredIsExit1WithR11ForTheSaasFlag() {
        CliRun enabled = cli.run("doctor", "restart-daemon");
        assertEquals(1, enabled.exitCode());
        assertEquals("", enabled.stdout());
        assertEquals(List.of("No registered sync daemon.", "  Remediation: " + Remediation.r11(true)),
                enabled.stderrLines());
        cli.environment(cli.environment().without(Environment.ENABLE_SAAS_SYNC));
        assertEquals(JsonParser.parseString("{\"status\":\"no_owner\",\"exit_code\":1,\"previous_pid\":null,"
                + "\"new_pid\":null,\"error\":null,\"remediation\":[\"" + Remediation.r11(false) + "\"]}"),
                cli.run("doctor", "restart-daemon", "--json").json());
    }

    @Test
    void aFailedRespawnIsExit3WithR12() {
        world.record(world.daemons.running(9400, DaemonWorld.TOKEN, cli.foreground(), world.scopeRoot));
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(70));
        CliRun run = cli.run("doctor", "restart-daemon");
        assertEquals(3, run.exitCode());
        assertEquals(List.of("Daemon respawn failed: Sync daemon exited during startup (exit code 70); see "
                + cli.root().resolve("sync-daemon.log"), "  Remediation: " + Remediation.r12(cli.root())),
                run.stderrLines());
        world.record(world.daemons.running(9401, DaemonWorld.TOKEN, cli.foreground(), world.scopeRoot));
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(70));
        assertEquals("Respawn failed: Sync daemon exited during startup (exit code 70); see "
                + cli.root().resolve("sync-daemon.log"), cli.run("doctor", "restart-daemon", "--json").json()
                .get("error").getAsString());
    }

    @Test
    void aFailedStopIsExit3WithR13() {
        SimulatedDaemons.Daemon stubborn = world.record(world.daemons.running(9400, DaemonWorld.TOKEN,
                cli.foreground(), world.scopeRoot)).ignoringShutdown();
        world.signals.ownedByAnotherUser(stubborn.pid());
        CliRun run = cli.run("doctor", "restart-daemon");
        assertEquals(3, run.exitCode());
        assertEquals(List.of("Daemon stop failed: SIGTERM to pid " + stubborn.pid() + " was denied",
                "  Remediation: " + Remediation.R13), run.stderrLines());
    }
}
