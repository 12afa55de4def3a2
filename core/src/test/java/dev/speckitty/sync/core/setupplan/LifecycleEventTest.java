package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LifecycleEventTest {

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");
    private static final Instant AT = Instant.parse("2026-05-17T16:42:00.123456Z");
    private static final Ulid ID = new Ulid("01J2Z3Y4X5W6V7T8S9R0QPNMKJ");

    private static LifecycleEvent event(LifecycleEventType type) {
        return new LifecycleEvent(ID, type, SLUG, AT, OptionalLong.of(7), Optional.of("u-1"), Optional.of("shop"));
    }

    @Test
    void specifyCompletedLine() {
        assertEquals("{\"aggregate_id\":\"001-checkout\",\"aggregate_type\":\"Mission\","
                + "\"event_id\":\"01J2Z3Y4X5W6V7T8S9R0QPNMKJ\","
                + "\"event_type\":\"SpecifyCompleted\",\"payload\":{\"actor\":\"spec-kitty agent mission setup-plan\","
                + "\"artifact_path\":\"kitty-specs/001-checkout/spec.md\",\"at\":\"2026-05-17T16:42:00.123456+00:00\","
                + "\"mission_number\":7,\"mission_slug\":\"001-checkout\",\"summary\":\"Specification complete\"},"
                + "\"project_slug\":\"shop\",\"project_uuid\":\"u-1\",\"schema_version\":\"5.0.0\","
                + "\"timestamp\":\"2026-05-17T16:42:00.123456+00:00\"}",
                event(LifecycleEventType.SPECIFY_COMPLETED).toLine());
    }

    @Test
    void planStartedHasNoArtifactAndNullsWhereAbsent() {
        LifecycleEvent started = new LifecycleEvent(ID, LifecycleEventType.PLAN_STARTED, SLUG, AT, OptionalLong.empty(),
                Optional.empty(), Optional.empty());
        assertEquals("{\"aggregate_id\":\"001-checkout\",\"aggregate_type\":\"Mission\","
                + "\"event_id\":\"01J2Z3Y4X5W6V7T8S9R0QPNMKJ\","
                + "\"event_type\":\"PlanStarted\",\"payload\":{\"actor\":\"spec-kitty agent mission setup-plan\","
                + "\"at\":\"2026-05-17T16:42:00.123456+00:00\",\"mission_number\":null,"
                + "\"mission_slug\":\"001-checkout\"},"
                + "\"project_slug\":null,\"project_uuid\":null,\"schema_version\":\"5.0.0\","
                + "\"timestamp\":\"2026-05-17T16:42:00.123456+00:00\"}", started.toLine());
    }

    @Test
    void planCompletedPayload() {
        JsonValue.Obj payload = event(LifecycleEventType.PLAN_COMPLETED).toJson().object("payload").orElseThrow();
        assertEquals(Optional.of("kitty-specs/001-checkout/plan.md"), payload.string("artifact_path"));
        assertEquals(Optional.of("Plan complete"), payload.string("summary"));
    }

    @Test
    void emittedTypesFollowTheSubstantiveRule() {
        assertEquals(List.of(LifecycleEventType.SPECIFY_COMPLETED, LifecycleEventType.PLAN_STARTED),
                LifecycleEventType.emitted(false));
        assertEquals(List.of(LifecycleEventType.SPECIFY_COMPLETED, LifecycleEventType.PLAN_STARTED,
                LifecycleEventType.PLAN_COMPLETED), LifecycleEventType.emitted(true));
    }

    @Test
    void candidatesShareTheTimestampAndGetDistinctIds() {
        ProjectConfig config = new ProjectConfig(Optional.of(" u-1 "), Optional.of("shop"), Optional.empty(),
                Optional.empty());
        List<LifecycleEvent> candidates = LifecycleEvent.candidates(true, SLUG, MissionMeta.defaults(), config,
                Instant.parse("2026-05-17T16:42:00.123456789Z"), new SplittableRandom(1));
        assertEquals(3, candidates.size());
        assertEquals(AT, candidates.get(0).timestamp(), "truncated to microseconds");
        assertEquals(AT, candidates.get(2).timestamp());
        assertNotEquals(candidates.get(0).eventId(), candidates.get(1).eventId());
        assertEquals(AT.toEpochMilli(), candidates.get(1).eventId().epochMillis());
        assertEquals(Optional.of("u-1"), candidates.get(0).projectUuid());
        assertThrows(IllegalArgumentException.class, () -> new LifecycleEvent(ID, LifecycleEventType.PLAN_STARTED, SLUG,
                Instant.parse("2026-05-17T16:42:00.1234567Z"), OptionalLong.empty(), Optional.empty(),
                        Optional.empty()));
    }

    private static JsonValue.Obj line(String type, String slug, Optional<String> artifactPath) {
        JsonValue.Obj.Builder payload = JsonValue.object().put("mission_slug", slug);
        artifactPath.ifPresent(path -> payload.put("artifact_path", path));
        return JsonValue.object().put("event_type", type).put("payload", payload.build()).build();
    }

    @Test
    void idempotencyMatchIsTypeSlugAndArtifactBasename() {
        LifecycleEventType specify = LifecycleEventType.SPECIFY_COMPLETED;
        assertTrue(specify.matches(line("SpecifyCompleted", "001-checkout",
                Optional.of("kitty-specs/001-checkout/spec.md")), SLUG));
        assertTrue(specify.matches(line("SpecifyCompleted", "001-checkout", Optional.of("elsewhere/spec.md")), SLUG),
                "only the basename counts");
        assertTrue(specify.matches(line("SpecifyCompleted", "001-checkout", Optional.of("spec.md")), SLUG));
        assertFalse(specify.matches(line("SpecifyCompleted", "001-checkout",
                Optional.of("kitty-specs/001-checkout/plan.md")), SLUG));
        assertFalse(specify.matches(line("SpecifyCompleted", "001-checkout", Optional.empty()), SLUG));
        assertFalse(specify.matches(line("SpecifyCompleted", "002-other", Optional.of("spec.md")), SLUG));
        assertFalse(specify.matches(line("PlanStarted", "001-checkout", Optional.of("spec.md")), SLUG));
        assertTrue(LifecycleEventType.PLAN_STARTED.matches(line("PlanStarted", "001-checkout", Optional.empty()),
                SLUG));
        assertTrue(LifecycleEventType.PLAN_STARTED.matches(line("PlanStarted", "001-checkout", Optional.of("x/y.md")),
                SLUG));
        assertFalse(LifecycleEventType.PLAN_STARTED.matches(
                JsonValue.object().put("event_type", "PlanStarted").put("payload", "001-checkout").build(), SLUG));
        assertFalse(LifecycleEventType.PLAN_STARTED.matches(new JsonValue.Obj(Map.of()), SLUG));
    }

    @Test
    void missingSkipsWhatIsPresentAndKeepsOrder() {
        List<LifecycleEvent> candidates = List.of(event(LifecycleEventType.SPECIFY_COMPLETED),
                event(LifecycleEventType.PLAN_STARTED), event(LifecycleEventType.PLAN_COMPLETED));
        List<JsonValue.Obj> existing = List.of(line("PlanStarted", "001-checkout", Optional.empty()),
                line("SpecifyCompleted", "other", Optional.of("spec.md")));
        assertEquals(List.of(candidates.get(0), candidates.get(2)), LifecycleLog.missing(existing, candidates));
        assertEquals(candidates, LifecycleLog.missing(List.of(), candidates));
        List<JsonValue.Obj> all = candidates.stream().map(LifecycleEvent::toJson).toList();
        assertEquals(List.of(), LifecycleLog.missing(all, candidates));
        assertEquals(List.of(candidates.get(1)), LifecycleLog.missing(List.of(),
                List.of(candidates.get(1), candidates.get(1))), "one per type");
    }

    @Test
    void firstMatchIsTheEarliestLine() {
        JsonValue.Obj first = JsonValue.object().put("event_id", "A").put("event_type", "PlanStarted")
                .put("payload", JsonValue.object().put("mission_slug", "001-checkout").build()).build();
        JsonValue.Obj second = event(LifecycleEventType.PLAN_STARTED).toJson();
        assertEquals(Optional.of(first), LifecycleLog.firstMatch(List.of(first, second),
                LifecycleEventType.PLAN_STARTED, SLUG));
        assertEquals(Optional.empty(), LifecycleLog.firstMatch(List.of(first), LifecycleEventType.PLAN_COMPLETED,
                SLUG));
    }
}
