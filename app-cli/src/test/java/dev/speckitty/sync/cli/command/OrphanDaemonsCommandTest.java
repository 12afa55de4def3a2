package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.cleanup.CleanupClass;
import dev.speckitty.sync.core.cleanup.EvidenceSource;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import dev.speckitty.sync.core.cleanup.SkipReason;
import dev.speckitty.sync.core.daemon.ExecutableStatus;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor orphan-daemons [--retire]} (cli.md §10) against simulated daemons. */
class OrphanDaemonsCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;
    private Path record;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        world = cli.daemons();
        record = cli.root().resolve("sync/daemon/owner.json");
    }

    /** A daemon killed by SIGKILL: its owner record stays behind. */
    private SimulatedDaemons.Daemon deadDaemon() {
        SimulatedDaemons.Daemon dead = world.daemons.running(9404, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot);
        world.processes.remove(dead.pid());
        return dead;
    }

    @Test
    void nothingToReport() {
        CliRun run = cli.run("doctor", "orphan-daemons");
        assertEquals(0, run.exitCode());
        assertEquals("Orphan Daemons: no orphan daemon owner records detected.\nLive orphan daemons: none detected.\n",
                run.stdout());
    }

    @Test
    void anOrphanRecordIsListedWithItsRetirementCommand() {
        SimulatedDaemons.Daemon dead = deadDaemon();
        CliRun run = cli.run("doctor", "orphan-daemons");
        assertEquals(1, run.exitCode());
        assertEquals(String.join("\n",
                "Orphan Daemons \u2014 1 record(s)",
                "  PID " + dead.pid() + "  port 9404  version 3.2.4  started 2026-05-17T16:42:00+00:00",
                "    executable: " + cli.foreground().executablePath(),
                "    reasons: pid_not_alive",
                "Retirement command: spec-kitty doctor orphan-daemons --retire",
                "Live orphan daemons: none detected.",
                ""), run.stdout());
        JsonObject json = cli.run("doctor", "orphan-daemons", "--json").json();
        assertEquals(1, json.get("orphan_count").getAsInt());
        assertEquals("spec-kitty doctor orphan-daemons --retire", json.get("retirement_command").getAsString());
        assertEquals(JsonParser.parseString("[\"pid_not_alive\"]"),
                json.getAsJsonArray("orphans").get(0).getAsJsonObject().get("orphan_reasons"));
        assertEquals(false, json.getAsJsonArray("orphans").get(0).getAsJsonObject().has("token"));
    }

    @Test
    void retireDeletesTheOrphanAndReportsTheStateAfter() {
        SimulatedDaemons.Daemon dead = deadDaemon();
        CliRun run = cli.run("doctor", "orphan-daemons", "--retire");
        assertEquals(0, run.exitCode());
        assertEquals(String.join("\n",
                "Orphan Daemons: no orphan daemon owner records detected.",
                "Retired orphan daemon owner record " + record + " (pid " + dead.pid() + ", port 9404).",
                "Live orphan daemons: none detected.",
                ""), run.stdout());
        assertEquals(List.of(), world.signals.sent());
    }

    @Test
    void retireJsonListsWhatWasRetired() {
        SimulatedDaemons.Daemon dead = deadDaemon();
        JsonObject json = cli.run("doctor", "orphan-daemons", "--retire", "--json").json();
        assertEquals(JsonParser.parseString("{\"orphan_count\":0,\"owner_record_path\":\"" + record + "\","
                + "\"owner_record_status\":\"absent\",\"retirement_command\":null,\"orphans\":[],\"retired\":[{\"path\":\""
                + record + "\",\"pid\":" + dead.pid() + ",\"port\":9404}],\"live_orphan_daemon_count\":0,"
                + "\"live_orphan_daemons\":[],\"cleanup_command\":null,\"daemon_scan_diagnostic\":null}"), json);
    }

    @Test
    void anOrphanWhosePidListensIsRefusedWithR2() {
        SimulatedDaemons.Daemon live = world.daemons.running(9405, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot);
        world.executables.mark(cli.foreground().executablePath(), ExecutableStatus.MISSING);
        CliRun report = cli.run("doctor", "orphan-daemons");
        assertEquals("  Remediation: " + Remediation.R2, report.stdoutLines().get(4));
        CliRun run = cli.run("doctor", "orphan-daemons", "--retire");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("Not retired: " + record + " names pid " + live.pid()
                + ", which is alive and listening on port 9405.", "  Remediation: " + Remediation.R2),
                run.stdoutLines().subList(5, 7));
        JsonObject json = cli.run("doctor", "orphan-daemons", "--retire", "--json").json();
        assertEquals(0, json.getAsJsonArray("retired").size());
        assertEquals(true, json.get("retirement_command").isJsonNull());
    }

    @Test
    void aLockTimeoutRetiresNothing() {
        deadDaemon();
        world.locks.holdElsewhere(cli.root(), LockName.SYNC_OWNER);
        CliRun run = cli.run("doctor", "orphan-daemons", "--retire");
        assertEquals(1, run.exitCode());
        assertEquals("Not retired: could not acquire " + cli.root().resolve("sync-owner.lock") + " within 10s.",
                run.stdoutLines().get(5));
    }

    @Test
    void anUnreadableRecordIsReportedAndNeverRetired() {
        world.ownerRecords.plantUnreadable(cli.root(), OwnerRecordReading.Reason.INVALID_JSON, "empty file");
        CliRun run = cli.run("doctor", "orphan-daemons", "--retire");
        assertEquals(1, run.exitCode());
        assertEquals(String.join("\n",
                "Orphan Daemons: no orphan daemon owner records detected.",
                "Owner record " + record + " is unreadable (invalid_json); run `spec-kitty doctor restart-daemon` to"
                        + " replace it.",
                "Live orphan daemons: none detected.",
                ""), run.stdout());
    }

    @Test
    void liveOrphansFromTheScanAreListedWithTheCleanupCommand() {
        IdentityRecord preMarker = new IdentityRecord("sync", 5005L, 9405, 1L, "3.2.3", null, null, null, null, null,
                false, EvidenceSource.NONE, "/usr/bin/java", true, true, false, CleanupClass.OPERATOR_REQUIRED,
                SkipReason.PRE_MARKER, List.of("java", "sync", "daemon", "run"), null);
        cli.liveOrphans(new FindLiveOrphans.LiveOrphanScan(List.of(preMarker), Optional.empty()));
        CliRun run = cli.run("doctor", "orphan-daemons");
        assertEquals(1, run.exitCode());
        assertEquals(List.of("Live orphan daemons \u2014 1 detected",
                "  PID 5005  port 9405  version 3.2.3  class operator_required  reason pre_marker",
                "Cleanup command: spec-kitty auth doctor --reset (add --force for operator_required daemons)"),
                run.stdoutLines().subList(1, 4));
        JsonObject json = cli.run("doctor", "orphan-daemons", "--json").json();
        assertEquals("spec-kitty auth doctor --reset", json.get("cleanup_command").getAsString());
        assertEquals(18, json.getAsJsonArray("live_orphan_daemons").get(0).getAsJsonObject().size());
    }

    @Test
    void aFailedScanIsShownAndInJson() {
        cli.liveOrphans(new FindLiveOrphans.LiveOrphanScan(List.of(),
                Optional.of("live daemon scan failed: cannot read /proc/net/tcp")));
        CliRun run = cli.run("doctor", "orphan-daemons");
        assertEquals("Live orphan daemons: live daemon scan failed: cannot read /proc/net/tcp",
                run.stdoutLines().get(1));
        assertEquals("live daemon scan failed: cannot read /proc/net/tcp",
                cli.run("doctor", "orphan-daemons", "--json").json().get("daemon_scan_diagnostic").getAsString());
    }
}
