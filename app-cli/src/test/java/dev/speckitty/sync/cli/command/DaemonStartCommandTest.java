package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.cleanup.CleanupClass;
import dev.speckitty.sync.core.cleanup.CleanupPath;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.cleanup.SweptEntry;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync daemon start} (cli.md §8.1) against simulated daemons. */
class DaemonStartCommandTest {
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
    void startsADaemonAndThenReusesIt() {
        CliRun first = cli.run("sync", "daemon", "start");
        assertEquals(0, first.exitCode());
        assertEquals("Sync daemon started (pid=" + pidOn(9400) + ", port=9400).\n", first.stdout());
        assertEquals("", first.stderr());
        CliRun second = cli.run("sync", "daemon", "start");
        assertEquals("Sync daemon already running (pid=" + pidOn(9400) + ", port=9400).\n", second.stdout());
        assertEquals(1, world.daemons.launches().size());
        assertEquals(List.of(cli.root(), cli.root()), cli.reaps(), "the reaper runs on both paths");
    }

    @Test
    void jsonIsTheEnsureOutcomeObjectWithTheReap() {
        SweepResult reap = new SweepResult(List.of(new SweptEntry(5001, 9401, "3.2.2", 1L, CleanupClass.SAFE_AUTO,
                CleanupPath.TERMINATE, "safe_auto stale-version")), List.of(), List.of());
        cli.reapResult(reap);
        CliRun run = cli.run("sync", "daemon", "start", "--json");
        assertEquals(0, run.exitCode());
        assertEquals(JsonParser.parseString("{\"status\":\"started\",\"pid\":" + pidOn(9400) + ",\"port\":9400,"
                + "\"url\":\"http://127.0.0.1:9400\",\"previous_pid\":null,\"skipped_reason\":null,\"error\":null,"
                + "\"reap\":{\"swept\":[{\"pid\":5001,\"port\":9401,\"package_version\":\"3.2.2\",\"protocol_version\":1,"
                + "\"cleanup_class\":\"safe_auto\",\"cleanup_path\":\"terminate\",\"reason\":\"safe_auto stale-version\"}],"
                + "\"skipped\":[],\"failed\":[]}}"), run.json());
    }

    @Test
    void aDaemonOfAnotherVersionIsReplaced() {
        SimulatedDaemons.Daemon old = world.record(world.daemons.running(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/opt/old"), world.scopeRoot));
        CliRun run = cli.run("sync", "daemon", "start");
        assertEquals("Sync daemon replaced (previous_pid=" + old.pid() + ", pid=" + pidOn(9400) + ", port=9400).\n",
                run.stdout());
    }

    @Test
    void explicitStartIgnoresSyncDisableAndWarnsWithoutIdentity() {
        cli.identity(Identities::unauthenticated);
        cli.environment(cli.environment().with(Environment.SYNC_DISABLE, "1"));
        CliRun run = cli.run("sync", "daemon", "start");
        assertEquals(0, run.exitCode());
        assertEquals("[WARN] no authenticated identity; the daemon will not deliver\n", run.stderr());
    }

    @Test
    void withSaasSyncDisabledItIsRefusedWithR9() {
        cli.environment(cli.environment().without(Environment.ENABLE_SAAS_SYNC));
        CliRun run = cli.run("sync", "daemon", "start");
        assertEquals(2, run.exitCode());
        assertEquals(String.join("\n", "Refusing `spec-kitty sync daemon start`: SaaS sync is disabled.",
                "  ! SPEC_KITTY_ENABLE_SAAS_SYNC is not set to a truthy value",
                "    Remediation: Run `SPEC_KITTY_ENABLE_SAAS_SYNC=1 spec-kitty sync daemon start` to enable hosted sync"
                        + " for this invocation.", ""), run.stderr());
        JsonObject json = cli.run("sync", "daemon", "start", "--json").json();
        assertEquals("SAAS_SYNC_DISABLED", json.get("error_code").getAsString());
        assertEquals("SaaS sync is disabled", json.get("error").getAsString());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void aFailureIsExit3WithR12() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.Exits(1));
        CliRun run = cli.run("sync", "daemon", "start");
        assertEquals(3, run.exitCode());
        assertEquals("", run.stdout());
        String log = cli.root().resolve("sync-daemon.log").toString();
        assertEquals(List.of("Sync daemon failed to start: Sync daemon exited during startup (exit code 1); see " + log,
                "  Remediation: " + Remediation.r12(cli.root())), run.stderrLines());
    }

    @Test
    void aLockTimeoutIsAStartFailure() {
        world.locks.holdElsewhere(cli.root(), LockName.SYNC_DAEMON);
        JsonObject json = cli.run("sync", "daemon", "start", "--json").json();
        assertEquals("DAEMON_START_FAILED", json.get("error_code").getAsString());
        assertEquals("Sync daemon failed to start: could not acquire daemon lock within 60s",
                json.get("error").getAsString());
        assertEquals(Remediation.r12(cli.root()), json.getAsJsonArray("remediation").get(0).getAsString());
    }

    @Test
    void aHealthyReferenceSingletonIsLeftRunningAndTheStartRefused() {
        SimulatedDaemons.Daemon reference = world.record(world.daemons.start(9400, DaemonWorld.TOKEN,
                world.identity("3.2.2", "/usr/lib/python3"), world.scopeRoot, SpawnShape.PYTHON, Duration.ZERO, true));
        CliRun run = cli.run("sync", "daemon", "start");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("  ! a reference sync daemon is the recorded singleton on port 9400; not"
                + " replacing it\n    Remediation: " + Remediation.R2), run.stderr());
        assertTrue(run.stderr().startsWith("[WARN] the recorded sync daemon (pid " + reference.pid() + ", port 9400)"
                + " was started by the spec-kitty reference CLI, which may be using this root concurrently\n"));
        assertFalse(world.daemons.daemonOn(9400).isEmpty());
    }
}
