package dev.speckitty.sync.cli.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.output.Output;
import dev.speckitty.sync.cli.support.CliHarness;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.cli.support.Identities;
import dev.speckitty.sync.core.boundary.BoundaryEvaluation;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.SetupPlanOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code agent mission setup-plan} against the in-memory fakes: parsing, the identity resolved once, failure
 * injection the disk cannot give (a locked clock, a database that refuses writes) and the boundary refusal block.
 */
class SetupPlanCommandTest {

    private static final String SLUG = "012-my-mission";
    private static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._-]*$";

    @TempDir
    Path temp;
    private CliHarness cli;
    private Path project;
    private Path scoped;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(temp);
        project = temp.resolve("project");
        cli.projectTree().directory(project.resolve(".kittify"));
        cli.projectTree().file(project.resolve("kitty-specs").resolve(SLUG).resolve("spec.md"),
                "# Spec\n".getBytes(StandardCharsets.UTF_8));
        cli.projectConfig(project, ProjectConfig.fromEntries(Map.of("uuid", "p-uuid-1")));
        cli.workingDirectory(project);
        cli.environment(cli.environment().with(Environment.ENABLE_SAAS_SYNC, "1"));
        cli.identity(r -> Identities.session(r, "alice@example.com", "team-1"));
        scoped = cli.root().resolve("queues/queue-8b85169673aa98b5.db");
    }

    @Test
    void missionIsRequiredAndValidatedBeforeAnythingElse() {
        CliRun missing = cli.run("agent", "mission", "setup-plan");
        assertEquals(2, missing.exitCode());
        assertEquals("", missing.stdout());
        assertEquals("Error: --mission is required and must match " + PATTERN + "\n"
                + "Run 'spec-kitty help agent mission setup-plan' for usage.\n", missing.stderr());

        CliRun invalid = cli.run("agent", "mission", "setup-plan", "--mission", "../x", "--json");
        assertEquals(2, invalid.exitCode());
        assertEquals(JsonParser.parseString("{\"error_code\":\"USAGE_ERROR\",\"error\":\"invalid --mission value"
                + " \\\"../x\\\": it must match " + PATTERN + "\"}"), invalid.json());

        CliRun noValue = cli.run("agent", "mission", "setup-plan", "--mission");
        assertEquals(2, noValue.exitCode());
        assertEquals("", noValue.stdout());

        CliRun before = cli.run("--json", "agent", "mission", "setup-plan", "--mission", SLUG);
        assertEquals(2, before.exitCode());
        assertEquals(0, cli.identityResolutions(), "a usage error resolves no identity");
        assertEquals(List.of(), cli.projectTree().regularFilesBelow(project).stream()
                .filter(p -> !p.getFileName().toString().equals("spec.md")).toList());
    }

    @Test
    void helpNamesTheCommandAndItsOptions() {
        CliRun help = cli.run("help", "agent", "mission", "setup-plan");
        assertEquals(0, help.exitCode());
        assertTrue(help.stdout().startsWith("Usage: spec-kitty agent mission setup-plan [--json] [--mission <slug>]\n"),
                help.stdout());
        assertTrue(cli.run("--help").stdout().contains("  agent mission setup-plan "));
    }

    @Test
    void theIdentityIsResolvedOnceForTheGuardTheGateAndTheQueue() {
        CliRun run = cli.run("agent", "mission", "setup-plan", "--mission", SLUG);
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(1, cli.identityResolutions());
        assertEquals(2, cli.queueDatabases().rows(scoped, "queue").size());
        assertEquals(2, cli.queueDatabases().rows(scoped, "body_upload_queue").size());
    }

    @Test
    void aDatabaseErrorIsQueueWriteFailedWithR14() {
        cli.queueDatabases().failScopedOpen(scoped, "attempt to write a readonly database");
        CliRun human = cli.run("agent", "mission", "setup-plan", "--mission", SLUG);
        assertEquals(3, human.exitCode());
        assertEquals("", human.stdout());
        assertEquals("Error: Could not write to the queue " + scoped + ": attempt to write a readonly database\n"
                + "Remediation: " + Remediation.R14 + "\n", human.stderr());
        assertTrue(cli.projectTree().exists(project.resolve("kitty-specs").resolve(SLUG).resolve("plan.md")),
                "the files of steps 9-10 stay written");
    }

    @Test
    void aClockLockTimeoutIsQueueWriteFailed() {
        cli.locks().holdElsewhere(cli.root(), LockName.CLOCK);
        CliRun json = cli.run("agent", "mission", "setup-plan", "--mission", SLUG, "--json");
        assertEquals(3, json.exitCode());
        assertEquals("", json.stderr());
        assertEquals(JsonParser.parseString("{\"error_code\":\"QUEUE_WRITE_FAILED\",\"error\":\"Could not write to the"
                + " queue " + scoped + ": could not acquire " + cli.root().resolve("clock.lock") + " within 10s\","
                + "\"remediation\":[\"" + Remediation.R14 + "\"]}"), json.json());
    }

    @Test
    void aFullQueuePrintsTheEvictionNoticeAndSkipsTheBodyThatDidNotFit() {
        cli.identity(r -> withCap(Identities.session(r, "alice@example.com", "team-1"), 1));
        CliRun run = cli.run("agent", "mission", "setup-plan", "--mission", SLUG);
        assertEquals(0, run.exitCode(), run.stderr());
        Path plan = project.resolve("kitty-specs").resolve(SLUG).resolve("plan.md");
        assertEquals("\u2713 Plan scaffolded: " + plan + "\nLifecycle events appended: SpecifyCompleted, PlanStarted\n"
                + "Queued 2 event(s) and 1 body upload(s) in " + scoped + "\n  skipped spec.md: queue_full\n",
                run.stdout());
        assertEquals("[WARN] body upload skipped: spec.md (queue_full)\n"
                + "Offline queue at capacity (1 events). Evicted 1 oldest event(s) to make room.\n"
                + "  Check auth and connectivity: spec-kitty sync status --check\n"
                + "  Drain the queue manually:    spec-kitty sync now\n", run.stderr());
    }

    private static ResolvedIdentity withCap(ResolvedIdentity identity, long cap) {
        return new ResolvedIdentity(identity.root(), identity.serverUrl(), new SyncConfig(Optional.empty(), cap,
                BackgroundDaemonPolicy.AUTO, List.of()), identity.session(), identity.credentials(),
                identity.identity(), identity.queuePaths(), identity.warnings());
    }

    @Test
    void anIncoherentBoundaryPrintsTheRefusalBlock() {
        Path root = cli.root();
        ResolvedIdentity identity = Identities.session(root, "alice@example.com", "team-1");
        Path owner = root.resolve("sync/daemon/owner.json");
        BoundaryFacts facts = new BoundaryFacts(root, true, new ForegroundIdentity("3.2.4", "/i/lib/x.jar", "/i",
                identity.serverUrl(), "alice@example.com", "team-1", identity.scope().orElseThrow().value(),
                scoped.toString()), true, OwnerRecordFacts.unreadable(owner, OwnerRecordReading.Reason.INVALID_JSON,
                "invalid JSON at line 1 column 2"), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.empty());
        CommandResult result = SetupPlanCommand.result(new MissionSlug(SLUG), new SetupPlanOutcome.BoundaryIncoherent(
                BoundaryEvaluation.evaluate(facts, GatherBoundaryFacts.SETUP_PLAN_GATE)));
        assertEquals(2, assertInstanceOf(Refusal.class, result).exitCode());

        String[] human = render(result, false);
        assertEquals("", human[0]);
        assertEquals("Refusing `spec-kitty agent mission setup-plan`: SaaS sync cannot be guaranteed because the sync"
                + " boundary is incoherent.\n"
                + "  ! daemon owner record " + owner + " is unreadable (invalid_json): invalid JSON at line 1 column 2\n"
                + "    Remediation: " + Remediation.R1 + "\n", human[1]);

        String[] json = render(result, true);
        assertEquals("", json[1]);
        assertEquals(JsonParser.parseString("{\"error_code\":\"SAAS_SYNC_BOUNDARY_INCOHERENT\",\"error\":\"SaaS sync"
                + " cannot be guaranteed because the sync boundary is incoherent\",\"failures\":[{\"code\":"
                + "\"owner_record_unreadable\",\"message\":\"daemon owner record " + owner + " is unreadable"
                + " (invalid_json): invalid JSON at line 1 column 2\",\"remediation\":\"" + Remediation.R1 + "\"}],"
                + "\"remediation\":[\"" + Remediation.R1 + "\"]}"), JsonParser.parseString(json[0]));
    }

    /** stdout and stderr of the output adapter for one result. */
    private static String[] render(CommandResult result, boolean json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new Output(o, e).result(result, json);
        }
        return new String[] {out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
