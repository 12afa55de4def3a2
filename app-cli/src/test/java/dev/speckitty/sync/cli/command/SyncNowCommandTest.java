package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.migration.TableReport;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync now} (cli.md §7) against simulated daemons and in-memory queues. */
class SyncNowCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;
    private Path scoped;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        cli.environment(cli.environment().with(Environment.ENABLE_SAAS_SYNC, "1"));
        cli.identity(r -> Identities.session(r, "alice@example.com", "team-1"));
        world = cli.daemons();
        scoped = cli.root().resolve("queues").resolve("queue-8b85169673aa98b5.db");
        cli.queues().counts(scoped, 3, 2, 0, 0);
    }

    private long pidOn(int port) {
        return world.daemons.daemonOn(port).orElseThrow().pid();
    }

    @Test
    void startsTheDaemonAndTriggersAPass() {
        CliRun run = cli.run("sync", "now");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("Sync triggered on daemon pid " + pidOn(9400) + " (port 9400): 3 event(s) and 2 body upload(s)"
                + " queued in " + scoped + ".\n", run.stdout());
        assertEquals(1, world.daemons.daemonOn(9400).orElseThrow().triggers());
        assertEquals(List.of("trigger 9400"), world.daemons.requests());
    }

    @Test
    void jsonNamesTheDaemonTheQueueAndTheMigration() {
        CliRun first = cli.run("sync", "now", "--json");
        assertEquals(JsonParser.parseString("{\"status\":\"triggered\",\"daemon\":{\"status\":\"started\",\"pid\":"
                + pidOn(9400) + ",\"port\":9400},\"queue_db_path\":\"" + scoped + "\",\"event_count\":3,"
                + "\"body_upload_count\":2,\"migration\":{\"migrated\":0,\"quarantined\":0}}"), first.json());
        CliRun again = cli.run("sync", "now", "--json");
        assertEquals("reused", again.json().getAsJsonObject("daemon").get("status").getAsString());
    }

    @Test
    void withSaasSyncDisabledItIsRefused() {
        cli.environment(cli.environment().without(Environment.ENABLE_SAAS_SYNC));
        CliRun run = cli.run("sync", "now", "--json");
        assertEquals(2, run.exitCode());
        assertEquals(JsonParser.parseString("{\"error_code\":\"SAAS_SYNC_DISABLED\",\"error\":\"SaaS sync is disabled\","
                + "\"failures\":[{\"code\":\"saas_sync_disabled\",\"message\":\"SPEC_KITTY_ENABLE_SAAS_SYNC is not set to"
                + " a truthy value\",\"remediation\":\"" + Remediation.r9(List.of("sync", "now")) + "\"}],"
                + "\"remediation\":[\"" + Remediation.r9(List.of("sync", "now")) + "\"]}"), run.json());
    }

    @Test
    void aMismatchedDaemonIsRefusedNamingEveryFieldWithBothValues() {
        ForegroundIdentity foreground = cli.foreground();
        world.record(world.daemons.running(9400, DaemonWorld.TOKEN, new ForegroundIdentity("3.2.2",
                "/a/lib/spec-kitty-sync.jar", "/a", foreground.serverUrl(), foreground.authPrincipal(),
                foreground.authTeam(), foreground.authScope(), foreground.queueDbPath()), world.scopeRoot));
        world.executables.mark("/a/lib/spec-kitty-sync.jar", dev.speckitty.sync.core.daemon.ExecutableStatus.PRESENT);
        CliRun run = cli.run("sync", "now");
        assertEquals(2, run.exitCode());
        assertEquals(String.join("\n",
                "Refusing `spec-kitty sync now`: the sync boundary is incoherent.",
                "  ! foreground/daemon mismatch on field(s): package_version, executable_path, source_checkout_path",
                "    package_version: foreground=3.2.4 daemon=3.2.2",
                "    executable_path: foreground=" + foreground.executablePath() + " daemon=/a/lib/spec-kitty-sync.jar",
                "    source_checkout_path: foreground=" + foreground.sourceCheckoutPath() + " daemon=/a",
                "    Remediation: " + Remediation.R2,
                ""), run.stderr());
        assertEquals(List.of(), world.daemons.requests(), "refused, never silently replaced");
        JsonObject json = cli.run("sync", "now", "--json").json();
        assertEquals("SYNC_BOUNDARY_REFUSED", json.get("error_code").getAsString());
        assertEquals(3, json.getAsJsonArray("failures").get(0).getAsJsonObject().getAsJsonArray("mismatches").size());
    }

    @Test
    void aDaemonWithoutOwnerRecordIsComparedThroughItsHealthOwnerBlock() {
        ForegroundIdentity foreground = cli.foreground();
        world.record(world.daemons.running(9400, DaemonWorld.TOKEN, new ForegroundIdentity("3.2.2",
                foreground.executablePath(), foreground.sourceCheckoutPath(), foreground.serverUrl(),
                foreground.authPrincipal(), foreground.authTeam(), foreground.authScope(), foreground.queueDbPath()),
                world.scopeRoot).withoutOwnerRecord());
        CliRun run = cli.run("sync", "now", "--json");
        assertEquals(2, run.exitCode());
        assertEquals("foreground/daemon mismatch on field(s): package_version",
                run.json().getAsJsonArray("failures").get(0).getAsJsonObject().get("message").getAsString());
    }

    @Test
    void withoutIdentityItIsRefusedByFailure6() {
        cli.identity(Identities::unauthenticated);
        CliRun run = cli.run("sync", "now", "--json");
        assertEquals(2, run.exitCode());
        assertEquals("saas_unauthenticated",
                run.json().getAsJsonArray("failures").get(0).getAsJsonObject().get("code").getAsString());
    }

    @Test
    void syncDisableWithoutARunningDaemonIsRefusedWithR10() {
        cli.environment(cli.environment().with(Environment.SYNC_DISABLE, "true"));
        CliRun run = cli.run("sync", "now");
        assertEquals(2, run.exitCode());
        assertEquals(String.join("\n", "Refusing `spec-kitty sync now`: no sync daemon is running and auto-start is"
                        + " disabled (SPEC_KITTY_SYNC_DISABLE is set).", "  ! SPEC_KITTY_SYNC_DISABLE is set",
                "    Remediation: " + Remediation.R10, ""), run.stderr());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void syncDisableStillUsesAHealthyReusableDaemon() {
        cli.run("sync", "daemon", "start");
        cli.environment(cli.environment().with(Environment.SYNC_DISABLE, "1"));
        CliRun run = cli.run("sync", "now", "--json");
        assertEquals(0, run.exitCode(), run.stdout());
        assertEquals("reused", run.json().getAsJsonObject("daemon").get("status").getAsString());
    }

    @Test
    void manualPolicyIsRefusedNamingTheConfigKey() {
        cli.identity(r -> {
            ResolvedIdentity session = Identities.session(r, "alice@example.com", "team-1");
            return new ResolvedIdentity(session.root(), session.serverUrl(), new SyncConfig(Optional.empty(),
                    SyncConfig.DEFAULT_MAX_QUEUE_SIZE, BackgroundDaemonPolicy.MANUAL, List.of()), session.session(),
                    session.credentials(), session.identity(), session.queuePaths(), List.of());
        });
        JsonObject json = cli.run("sync", "now", "--json").json();
        assertEquals("DAEMON_AUTOSTART_DISABLED", json.get("error_code").getAsString());
        assertEquals("no sync daemon is running and auto-start is disabled (policy_manual)",
                json.get("error").getAsString());
        assertEquals("config.toml [sync].background_daemon is manual",
                json.getAsJsonArray("failures").get(0).getAsJsonObject().get("message").getAsString());
    }

    @Test
    void aScopedSideMigrationFailureIsExit3WithR14() {
        cli.queueDatabases().createLegacy(cli.root().resolve("queue.db"), List.of());
        cli.migration().answering((root, target, dryRun) -> {
            throw new MigrationFailedException("could not open " + target + ": disk full", false, null);
        });
        CliRun run = cli.run("sync", "now");
        assertEquals(3, run.exitCode());
        assertEquals(List.of("Sync failed: could not open " + scoped + ": disk full", "  Remediation: " + Remediation.R14),
                run.stderrLines());
        assertEquals(List.of(), world.daemons.launches());
    }

    @Test
    void aStartFailureIsExit3WithR12() {
        world.daemons.nextLaunch(new SimulatedDaemons.Launch.NeverListens());
        JsonObject json = cli.run("sync", "now", "--json").json();
        assertEquals("DAEMON_START_FAILED", json.get("error_code").getAsString());
        assertEquals("Sync daemon failed to start: Sync daemon failed health check on port 9400",
                json.get("error").getAsString());
    }

    @Test
    void aRejectedTokenIsATriggerFailureWithR13() {
        cli.run("sync", "daemon", "start");
        long pid = pidOn(9400);
        world.stateFiles.write(cli.root(), StateFile.of(new SyncPort(9400), new ControlToken(
                "ffffffffffffffffffffffffffffffff"), pid));
        CliRun run = cli.run("sync", "now");
        assertEquals(3, run.exitCode());
        assertEquals(List.of("Sync trigger rejected by the daemon (invalid_token)", "  Remediation: " + Remediation.R13),
                run.stderrLines());
        assertTrue(!run.stderr().contains("ffffffffffffffffffffffffffffffff"));
    }

    @Test
    void anUnreadableQueueCountIsUnknownInTheSuccessLine() {
        cli.queues().with(QueueInspection.unreadable(scoped, "database is locked"));
        CliRun run = cli.run("sync", "now");
        assertTrue(run.stdout().contains(": unknown event(s) and unknown body upload(s) queued in "), run.stdout());
    }

    @Test
    void legacyRowsAreMigratedFirstAndReported() {
        Path legacy = cli.root().resolve("queue.db");
        cli.queueDatabases().createLegacy(legacy, List.of());
        cli.migration().reporting((target, dryRun) -> new MigrationReport(MigrationReport.Outcome.RAN, dryRun, legacy,
                target, Map.of(QueueTable.QUEUE, new TableReport(4, 1, 0, 2, 0, List.of()))));
        JsonObject json = cli.run("sync", "now", "--json").json();
        assertEquals(JsonParser.parseString("{\"migrated\":5,\"quarantined\":2}"), json.get("migration"));
        assertEquals(List.of("migrate " + cli.root() + " -> " + scoped), cli.migration().calls());
    }
}
