package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.WorkingDirectory;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.SetupPlan;
import dev.speckitty.sync.core.setupplan.SetupPlanOutcome;
import dev.speckitty.sync.core.setupplan.SetupPlanRequest;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;

/**
 * {@code spec-kitty agent mission setup-plan --mission <slug>} (cli.md §14): runs the core use case
 * {@link SetupPlan} with the identity resolved once for this invocation and turns its outcome into the results of
 * §14.7 and §14.8. It never starts a daemon and makes no git commit.
 */
public final class SetupPlanCommand {

    static final List<String> WORDS = List.of("agent", "mission", "setup-plan");
    static final String SAAS_SYNC_UNAUTHENTICATED = "SAAS_SYNC_UNAUTHENTICATED";
    static final String SAAS_SYNC_BOUNDARY_INCOHERENT = "SAAS_SYNC_BOUNDARY_INCOHERENT";
    static final String PROJECT_ROOT_NOT_FOUND = "PROJECT_ROOT_NOT_FOUND";
    static final String MISSION_NOT_FOUND = "MISSION_NOT_FOUND";
    static final String SPEC_FILE_MISSING = "SPEC_FILE_MISSING";
    static final String PROJECT_IDENTITY_MISSING = "PROJECT_IDENTITY_MISSING";
    static final String QUEUE_WRITE_FAILED = "QUEUE_WRITE_FAILED";
    static final String PROJECT_WRITE_FAILED = "PROJECT_WRITE_FAILED";

    /** The remediation of {@code SAAS_SYNC_UNAUTHENTICATED} (§14.8), R5 worded for setup-plan. */
    static final String UNAUTHENTICATED_REMEDIATION = "Run `spec-kitty auth status` to see why no identity resolves,"
            + " then log in with the spec-kitty reference CLI or unset SPEC_KITTY_ENABLE_SAAS_SYNC before running"
            + " setup-plan.";
    static final String BOUNDARY_REASON = "SaaS sync cannot be guaranteed because the sync boundary is incoherent";

    private final ResolvedIdentity identity;
    private final Environment environment;
    private final Path workingDirectory;
    private final SetupPlan setupPlan;

    @Inject
    public SetupPlanCommand(ResolvedIdentity identity, Environment environment, @WorkingDirectory Path workingDirectory,
                            GatherBoundaryFacts boundary, LocateMission missions, ReadProjectInputs inputs,
                            WritePlanScaffold plans, LifecycleEventLog lifecycleLog, ListMissionArtifacts artifacts,
                            QueueLocator queueLocator, OpenScopedQueue scopedQueues, EnqueueToQueue enqueue,
                            LamportClock lamportClock, Clock clock, OperatorLog log) {
        this.identity = identity;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.setupPlan = new SetupPlan(boundary, missions, inputs, plans, lifecycleLog, artifacts, queueLocator,
                scopedQueues, enqueue, lamportClock, clock, new SecureRandom(), log);
    }

    public CommandResult run(MissionSlug slug) {
        return result(slug, setupPlan.run(new SetupPlanRequest(slug, workingDirectory,
                environment.saasSyncEnabled(), identity)));
    }

    /** The result of each outcome, with the exact texts of cli.md §14.8. */
    static CommandResult result(MissionSlug slug, SetupPlanOutcome outcome) {
        String rerun = "`spec-kitty agent mission setup-plan --mission " + slug.value() + "`";
        if (outcome instanceof SetupPlanOutcome.Planned planned) {
            return new SetupPlanSucceeded(planned);
        }
        if (outcome instanceof SetupPlanOutcome.SaasSyncUnauthenticated) {
            return SetupPlanFailed.refused(SAAS_SYNC_UNAUTHENTICATED,
                    "SaaS sync cannot be guaranteed: no authenticated session/credentials found.",
                    UNAUTHENTICATED_REMEDIATION);
        }
        if (outcome instanceof SetupPlanOutcome.BoundaryIncoherent incoherent) {
            return new Refusal(WORDS, SAAS_SYNC_BOUNDARY_INCOHERENT, BOUNDARY_REASON,
                    incoherent.failures().stream().map(Refusal.Entry::of).toList());
        }
        if (outcome instanceof SetupPlanOutcome.ProjectRootNotFound notFound) {
            return SetupPlanFailed.refused(PROJECT_ROOT_NOT_FOUND, "Could not locate project root (no .kittify"
                    + " directory in " + notFound.workingDirectory() + " or its parents).",
                    "Run " + rerun + " from inside a spec-kitty project.");
        }
        if (outcome instanceof SetupPlanOutcome.MissionNotFound notFound) {
            return SetupPlanFailed.refused(MISSION_NOT_FOUND, "Mission directory not found: "
                    + notFound.mission().relativeMissionDirectory(), "Check the slug, then run"
                    + " `spec-kitty agent mission setup-plan --mission <existing slug>`.");
        }
        if (outcome instanceof SetupPlanOutcome.SpecFileMissing missing) {
            String spec = missing.mission().relativeMissionDirectory() + "/spec.md";
            return SetupPlanFailed.refused(SPEC_FILE_MISSING, "Spec file missing: " + spec,
                    "Create " + spec + ", then run " + rerun + " again.");
        }
        if (outcome instanceof SetupPlanOutcome.ProjectIdentityMissing) {
            return SetupPlanFailed.refused(PROJECT_IDENTITY_MISSING,
                    "SaaS sync cannot be guaranteed: .kittify/config.yaml has no project.uuid.",
                    "Add project.uuid to .kittify/config.yaml, or run `SPEC_KITTY_ENABLE_SAAS_SYNC= spec-kitty agent"
                            + " mission setup-plan --mission " + slug.value() + "` to plan without SaaS sync.");
        }
        if (outcome instanceof SetupPlanOutcome.ProjectWriteFailed failed) {
            return SetupPlanFailed.failed(PROJECT_WRITE_FAILED, "Could not write project file " + failed.path() + ": "
                    + failed.reason(), "Make " + failed.path() + " writable, then run " + rerun + " again.");
        }
        if (outcome instanceof SetupPlanOutcome.QueueWriteFailed failed) {
            return SetupPlanFailed.failed(QUEUE_WRITE_FAILED, "Could not write to the queue " + failed.queue() + ": "
                    + failed.reason(), Remediation.R14);
        }
        throw new IllegalArgumentException("no result for " + outcome.getClass().getSimpleName());
    }
}
