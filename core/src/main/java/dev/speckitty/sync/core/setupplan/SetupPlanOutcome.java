package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.boundary.BoundaryFailure;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * How one setup-plan invocation ended (cli.md §14.1, §14.8): the success report, or the refusal or failure of the
 * step that stopped it. Refusals (exit 2) come before anything is written; the two write failures (exit 3) leave
 * what was already written in place.
 */
public sealed interface SetupPlanOutcome {

    /** Step 12: every step ran. */
    record Planned(MissionPaths mission, PlanFileOutcome plan, List<LifecycleEventType> lifecycleEventsAppended,
                   SyncEmission sync) implements SetupPlanOutcome {
        public Planned {
            Objects.requireNonNull(mission, "mission");
            Objects.requireNonNull(plan, "plan");
            lifecycleEventsAppended = List.copyOf(lifecycleEventsAppended);
            Objects.requireNonNull(sync, "sync");
        }
    }

    /** Step 2 (FR-011): SaaS sync is enabled and no identity resolves. */
    record SaasSyncUnauthenticated() implements SetupPlanOutcome {
    }

    /** Step 3: failures 1, 2, 3 or 9 of cli.md §3.3, in their order. */
    record BoundaryIncoherent(List<BoundaryFailure> failures) implements SetupPlanOutcome {
        public BoundaryIncoherent {
            failures = List.copyOf(failures);
            if (failures.isEmpty()) {
                throw new IllegalArgumentException("an incoherent boundary has at least one failure");
            }
        }
    }

    /** Step 4: no directory from the working directory up holds a {@code .kittify} directory. */
    record ProjectRootNotFound(Path workingDirectory) implements SetupPlanOutcome {
        public ProjectRootNotFound {
            Objects.requireNonNull(workingDirectory, "workingDirectory");
        }
    }

    /** Step 5: {@code <M>} is not a directory. */
    record MissionNotFound(MissionPaths mission) implements SetupPlanOutcome {
        public MissionNotFound {
            Objects.requireNonNull(mission, "mission");
        }
    }

    /** Step 6: {@code <M>/spec.md} is not a regular file. */
    record SpecFileMissing(MissionPaths mission) implements SetupPlanOutcome {
        public SpecFileMissing {
            Objects.requireNonNull(mission, "mission");
        }
    }

    /** Step 8: SaaS sync is enabled and config.yaml has no {@code project.uuid}. */
    record ProjectIdentityMissing(MissionPaths mission) implements SetupPlanOutcome {
        public ProjectIdentityMissing {
            Objects.requireNonNull(mission, "mission");
        }
    }

    /** Steps 9–10 (and the artifact listing of step 11): a project file could not be written or read. */
    record ProjectWriteFailed(Path path, String reason) implements SetupPlanOutcome {
        public ProjectWriteFailed {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Step 11: a database error, a root I/O error or a {@code clock.lock} timeout while queueing. */
    record QueueWriteFailed(Path queue, String reason) implements SetupPlanOutcome {
        public QueueWriteFailed {
            Objects.requireNonNull(queue, "queue");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
