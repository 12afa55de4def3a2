package dev.speckitty.sync.core.setupplan;

import java.util.List;
import java.util.Optional;

/** The local lifecycle events setup-plan emits (cli.md §14.4, on-disk.md §10.2), in emission order. */
public enum LifecycleEventType {
    SPECIFY_COMPLETED("SpecifyCompleted", MissionPaths.SPEC_FILE, "Specification complete"),
    PLAN_STARTED("PlanStarted", null, null),
    PLAN_COMPLETED("PlanCompleted", MissionPaths.PLAN_FILE, "Plan complete");

    private final String wireName;
    private final String artifactFile;
    private final String summary;

    LifecycleEventType(String wireName, String artifactFile, String summary) {
        this.wireName = wireName;
        this.artifactFile = artifactFile;
        this.summary = summary;
    }

    /** The {@code event_type} value. */
    public String wireName() {
        return wireName;
    }

    /** The mission file the payload's {@code artifact_path} names, for the events that carry one. */
    public Optional<String> artifactFile() {
        return Optional.ofNullable(artifactFile);
    }

    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    /**
     * The events of this invocation: {@code SpecifyCompleted} and {@code PlanStarted} always, {@code PlanCompleted}
     * only when the plan is substantive (cli.md §14.4).
     */
    public static List<LifecycleEventType> emitted(boolean planSubstantive) {
        return planSubstantive ? List.of(SPECIFY_COMPLETED, PLAN_STARTED, PLAN_COMPLETED)
                : List.of(SPECIFY_COMPLETED, PLAN_STARTED);
    }

    /**
     * The idempotency match of on-disk.md §10.2: same {@code event_type}, same {@code payload.mission_slug} and,
     * for events with an artifact, the same basename of {@code payload.artifact_path}. The rest of the line
     * (ids, timestamps, other keys) does not matter.
     */
    public boolean matches(JsonValue.Obj line, MissionSlug slug) {
        if (!line.string("event_type").filter(wireName::equals).isPresent()) {
            return false;
        }
        Optional<JsonValue.Obj> payload = line.object("payload");
        if (!payload.flatMap(p -> p.string("mission_slug")).filter(slug.value()::equals).isPresent()) {
            return false;
        }
        if (artifactFile == null) {
            return true;
        }
        return payload.flatMap(p -> p.string("artifact_path")).map(LifecycleEventType::basename)
                .filter(artifactFile::equals).isPresent();
    }

    private static String basename(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
