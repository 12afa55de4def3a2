package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.time.IsoTimestamps;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/** One local lifecycle line of {@code <M>/status.events.jsonl} (on-disk.md §10.2), before it is written. */
public record LifecycleEvent(Ulid eventId, LifecycleEventType type, MissionSlug missionSlug, Instant timestamp,
        OptionalLong missionNumber, Optional<String> projectUuid, Optional<String> projectSlug) {

    public static final String AGGREGATE_TYPE = "Mission";
    public static final String SCHEMA_VERSION = "5.0.0";
    public static final String ACTOR = "spec-kitty agent mission setup-plan";

    public LifecycleEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(missionSlug, "missionSlug");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(missionNumber, "missionNumber");
        Objects.requireNonNull(projectUuid, "projectUuid");
        Objects.requireNonNull(projectSlug, "projectSlug");
        if (timestamp.getNano() % 1_000 != 0) {
            throw new IllegalArgumentException("lifecycle timestamps have microsecond precision: " + timestamp);
        }
    }

    /**
     * The events cli.md §14.4 would append in this invocation, in order, all stamped with {@code now} (truncated
     * to microseconds) and each with a fresh random ULID. Which of them are actually appended is decided under
     * the log's lock ({@link LifecycleLog#missing}).
     */
    public static List<LifecycleEvent> candidates(boolean planSubstantive, MissionSlug slug, MissionMeta meta,
            ProjectConfig config, Instant now, RandomGenerator random) {
        Instant timestamp = now.truncatedTo(ChronoUnit.MICROS);
        List<LifecycleEvent> events = new ArrayList<>();
        for (LifecycleEventType type : LifecycleEventType.emitted(planSubstantive)) {
            events.add(new LifecycleEvent(Ulid.random(timestamp, random), type, slug, timestamp,
                    meta.missionNumber(), config.uuid(), config.slug()));
        }
        return List.copyOf(events);
    }

    /** The line as a JSON object with every key of §10.2. */
    public JsonValue.Obj toJson() {
        String at = IsoTimestamps.microseconds(timestamp);
        JsonValue.Obj.Builder payload = JsonValue.object()
                .put("mission_slug", missionSlug.value())
                .put("mission_number", missionNumber.isPresent()
                        ? JsonValue.number(missionNumber.getAsLong()) : JsonValue.Null.NULL)
                .put("actor", ACTOR)
                .put("at", at);
        type.artifactFile().ifPresent(
                file -> payload.put("artifact_path", MissionPaths.projectRelative(missionSlug, file)));
        type.summary().ifPresent(summary -> payload.put("summary", summary));
        return JsonValue.object()
                .put("event_id", eventId.value())
                .put("event_type", type.wireName())
                .put("aggregate_id", missionSlug.value())
                .put("aggregate_type", AGGREGATE_TYPE)
                .put("schema_version", SCHEMA_VERSION)
                .put("timestamp", at)
                .put("payload", payload.build())
                .put("project_uuid", JsonValue.stringOrNull(projectUuid))
                .put("project_slug", JsonValue.stringOrNull(projectSlug))
                .build();
    }

    /** The line's text, without its terminating {@code \n}: compact JSON, keys sorted. */
    public String toLine() {
        return CanonicalJson.write(toJson());
    }
}
