package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sync doctor} (cli.md §9, clarifications #32) against fake queues and simulated daemons. */
class SyncDoctorCommandTest {
    @TempDir
    Path temp;
    private CliHarness cli;
    private DaemonWorld world;
    private Path scoped;
    private Path legacy;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        world = cli.daemons();
        scoped = cli.root().resolve("queues").resolve("queue-8b85169673aa98b5.db");
        legacy = cli.root().resolve("queue.db");
    }

    /** Authenticated with a queue cap of 10, so a few rows are near capacity. */
    private void authenticatedWithSmallQueue() {
        cli.identity(r -> {
            ResolvedIdentity session = Identities.session(r, "alice@example.com", "team-1");
            return new ResolvedIdentity(session.root(), session.serverUrl(), new SyncConfig(Optional.empty(), 10,
                    BackgroundDaemonPolicy.AUTO, List.of()), session.session(), session.credentials(),
                    session.identity(), session.queuePaths(), List.of());
        });
    }

    @Test
    void aHealthyFreshRoot() {
        CliRun run = cli.run("sync", "doctor");
        assertEquals(0, run.exitCode());
        assertEquals(String.join("\n",
                "Sync Doctor",
                "  Active queue           " + legacy + " (legacy)",
                "  Queue size             0 / 100000 (0%)",
                "  Oldest event           none",
                "  Body uploads           0 queued, 0 recorded failure(s)",
                "  Quarantined rows       0",
                "  Legacy queue           " + legacy + ": 0 row(s)",
                "  Auth                   not authenticated",
                "  Server URL             https://spec-kitty-dev.fly.dev",
                "  Daemon                 not running",
                "  Owner record           absent",
                "  Live orphan daemons    0",
                "No issues detected. Sync is healthy.",
                ""), run.stdout());
    }

    @Test
    void issuesTablesAndTheDaemonOfABusyRoot() {
        authenticatedWithSmallQueue();
        SimulatedDaemons.Daemon daemon = world.record(world.daemons.running(9403, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot));
        cli.queues().counts(scoped, 9, 2, 1, 3).counts(legacy, 0, 0, 0, 0)
                .diagnostics(scoped, new QueueDiagnostics(OptionalLong.of(1779091291L), List.of(
                        new QueueDiagnostics.EventTypeCount("MissionDossierArtifactIndexed", 6),
                        new QueueDiagnostics.EventTypeCount("PlanStarted", 3)), List.of(
                        new QueueDiagnostics.RecentBodyUploadFailure("kitty-specs/012-m/spec.md", "012-m", 2,
                                "too_large", 1779000102.5))));
        CliRun run = cli.run("sync", "doctor");
        assertEquals(1, run.exitCode());
        assertEquals(String.join("\n",
                "Sync Doctor",
                "  Active queue           " + scoped + " (scoped)",
                "  Queue size             9 / 10 (90%)",
                "  Oldest event           2026-05-18T08:01:31+00:00",
                "  Body uploads           2 queued, 1 recorded failure(s)",
                "  Quarantined rows       3",
                "  Legacy queue           " + legacy + ": 0 row(s)",
                "  Auth                   authenticated via session as alice@example.com/team-1",
                "  Server URL             https://spec-kitty-dev.fly.dev",
                "  Daemon                 running (pid " + daemon.pid() + ", port 9403, version 3.2.4)",
                "  Owner record           present",
                "  Live orphan daemons    0",
                "Top queued event types",
                "  MissionDossierArtifactIndexed  6",
                "  PlanStarted                    3",
                "Recent body upload failures",
                "  kitty-specs/012-m/spec.md  012-m  2  too_large",
                "Issues found:",
                "  ! active queue holds 9 of 10 events",
                "    Remediation: Run `spec-kitty sync now` to drain the queue.",
                "  ! active queue " + scoped + " holds 3 quarantined row(s)",
                "    Remediation: Run `spec-kitty sync migrate --show-quarantine` to review the quarantined rows.",
                ""), run.stdout());
    }

    @Test
    void theFailureSetComesFirstAsErrors() {
        authenticatedWithSmallQueue();
        SimulatedDaemons.Daemon dead = world.daemons.running(9404, DaemonWorld.TOKEN, cli.foreground(),
                world.scopeRoot);
        world.processes.remove(dead.pid());
        cli.queues().counts(scoped, 9, 0, 0, 0);
        JsonObject json = cli.run("sync", "doctor", "--json").json();
        assertEquals(JsonParser.parseString("[{\"code\":\"orphan_owner_record\",\"severity\":\"error\",\"message\":"
                + "\"orphan daemon owner record " + cli.root().resolve("sync/daemon/owner.json") + " (pid " + dead.pid()
                + ", port 9404): pid_not_alive\",\"remediation\":\"" + Remediation.R3 + "\"},{\"code\":"
                + "\"queue_near_capacity\",\"severity\":\"warn\",\"message\":\"active queue holds 9 of 10 events\","
                + "\"remediation\":\"Run `spec-kitty sync now` to drain the queue.\"}]"), json.get("issues"));
        assertEquals("orphan", json.get("owner_record_status").getAsString());
    }

    @Test
    void jsonHasTheKeysOfSection9() {
        authenticatedWithSmallQueue();
        cli.queues().counts(scoped, 1, 0, 1, 0).diagnostics(scoped, new QueueDiagnostics(OptionalLong.of(0L), List.of(
                new QueueDiagnostics.EventTypeCount("PlanStarted", 1)), List.of(
                new QueueDiagnostics.RecentBodyUploadFailure("spec.md", "012-m", 1, "rejected", 1779000100.123456))));
        CliRun run = cli.run("sync", "doctor", "--json");
        assertEquals(0, run.exitCode());
        JsonObject json = run.json();
        assertEquals(new TreeSet<>(Set.of("active_queue", "max_queue_size", "oldest_event_at", "top_event_types",
                "recent_body_upload_failures", "quarantine_count", "legacy_queue", "auth", "daemon",
                "owner_record_status", "live_orphan_daemon_count", "issues")), new TreeSet<>(json.keySet()));
        assertEquals("1970-01-01T00:00:00+00:00", json.get("oldest_event_at").getAsString());
        assertEquals(JsonParser.parseString("[{\"artifact_path\":\"spec.md\",\"mission_slug\":\"012-m\","
                + "\"failure_count\":1,\"failure_reason\":\"rejected\",\"last_failed_at\":"
                + "\"2026-05-17T06:41:40.123456+00:00\"}]"), json.get("recent_body_upload_failures"));
        assertEquals(JsonParser.parseString("{\"authenticated\":true,\"identity_source\":\"session\",\"principal\":"
                + "\"alice@example.com\",\"team\":\"team-1\",\"server_url\":\"https://spec-kitty-dev.fly.dev\"}"),
                json.get("auth"));
        assertEquals(10, json.get("max_queue_size").getAsLong());
        assertEquals(JsonParser.parseString("[{\"event_type\":\"PlanStarted\",\"count\":1}]"), json.get("top_event_types"));
        assertEquals(false, json.getAsJsonObject("daemon").get("registered").getAsBoolean());
        assertEquals(List.of("diagnose " + scoped), cli.queues().calls().stream()
                .filter(call -> call.startsWith("diagnose")).toList());
    }
}
