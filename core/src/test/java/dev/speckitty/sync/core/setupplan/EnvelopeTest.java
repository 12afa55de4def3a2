package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class EnvelopeTest {

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");
    private static final Instant AT = Instant.parse("2026-05-17T16:42:00.123456Z");
    private static final ProjectConfig UUID_ONLY = ProjectConfig.fromEntries(Map.of("uuid", "u-1", "slug", "shop"));

    private static JsonValue.Obj specifyLine() {
        return new LifecycleEvent(new Ulid("01J2Z3Y4X5W6V7T8S9R0QPNMKJ"), LifecycleEventType.SPECIFY_COMPLETED, SLUG,
                AT,
                OptionalLong.of(7), Optional.of("u-1"), Optional.of("shop")).toJson();
    }

    @Test
    void envelopeHasEveryKeyOfTheContract() {
        EnvelopeDraft draft = EnvelopeDraft.fromLocalLine(specifyLine(), UUID_ONLY);
        assertEquals("01KRVD1S1VVAH8GWJVXY888CRH", draft.eventId().value());
        QueueEnvelope envelope = draft.complete(new ClockTick(42, "68b5b23d2c75"));
        assertEquals("01KRVD1S1VVAH8GWJVXY888CRH", envelope.eventId().value());
        assertEquals("SpecifyCompleted", envelope.eventType());
        assertEquals("{\"aggregate_id\":\"001-checkout\",\"aggregate_type\":\"Mission\",\"build_id\":\"u-1\","
                + "\"causation_id\":null,\"correlation_id\":\"01J2Z3Y4X5W6V7T8S9R0QPNMKJ\","
                + "\"event_id\":\"01KRVD1S1VVAH8GWJVXY888CRH\",\"event_type\":\"SpecifyCompleted\","
                + "\"lamport_clock\":42,"
                + "\"node_id\":\"68b5b23d2c75\",\"payload\":{\"actor\":\"spec-kitty agent mission setup-plan\","
                + "\"artifact_path\":\"kitty-specs/001-checkout/spec.md\",\"at\":\"2026-05-17T16:42:00.123456+00:00\","
                + "\"mission_number\":7,\"mission_slug\":\"001-checkout\",\"summary\":\"Specification complete\"},"
                + "\"project_slug\":\"shop\",\"project_uuid\":\"u-1\",\"schema_version\":\"3.0.0\","
                + "\"timestamp\":\"2026-05-17T16:42:00.123456+00:00\"}", envelope.data());
    }

    @Test
    void configBuildIdAndNodeIdWin() {
        ProjectConfig config = ProjectConfig.fromEntries(Map.of("uuid", "u-1", "build_id", "b-9", "node_id", "n-3"));
        String data = EnvelopeDraft.fromLocalLine(specifyLine(), config).complete(new ClockTick(1,
                "68b5b23d2c75")).data();
        assertTrue(data.contains("\"build_id\":\"b-9\""), data);
        assertTrue(data.contains("\"node_id\":\"n-3\""), data);
        String noProject = EnvelopeDraft.fromLocalLine(specifyLine(), ProjectConfig.empty())
                .complete(new ClockTick(1, "68b5b23d2c75")).data();
        assertTrue(noProject.contains("\"build_id\":null"), noProject);
    }

    @Test
    void foreignLinesAreCopiedVerbatim() {
        // A line written by another tool: Z timestamp, extra keys, odd payload content, no project keys.
        JsonValue.Obj payload = JsonValue.object().put("mission_slug", "001-checkout").put("extra",
                new JsonValue.Num("1.50")).build();
        JsonValue.Obj line = JsonValue.object().put("event_id", "local-1").put("event_type", "PlanStarted")
                .put("timestamp", "2026-05-17T16:42:00.999Z").put("payload", payload).put("unknown", "x").build();
        QueueEnvelope envelope = EnvelopeDraft.fromLocalLine(line, UUID_ONLY).complete(new ClockTick(3,
                "abcdefabcdef"));
        assertEquals(Ulid.forEnvelope("local-1", Instant.parse("2026-05-17T16:42:00.999Z")), envelope.eventId());
        assertEquals("{\"aggregate_id\":null,\"aggregate_type\":null,\"build_id\":\"u-1\",\"causation_id\":null,"
                + "\"correlation_id\":\"local-1\",\"event_id\":\"" + envelope.eventId().value() + "\","
                + "\"event_type\":\"PlanStarted\",\"lamport_clock\":3,\"node_id\":\"abcdefabcdef\","
                + "\"payload\":{\"extra\":1.50,\"mission_slug\":\"001-checkout\"},\"project_slug\":null,"
                + "\"project_uuid\":null,\"schema_version\":\"3.0.0\",\"timestamp\":\"2026-05-17T16:42:00.999Z\"}",
                envelope.data());
    }

    @Test
    void unusableLinesSayWhy() {
        JsonValue.Obj noId = JsonValue.object().put("event_type", "PlanStarted").put("timestamp",
                "2026-05-17T16:42:00+00:00").build();
        assertEquals("event_id is not a string",
                assertThrows(IllegalArgumentException.class, () -> EnvelopeDraft.fromLocalLine(noId,
                        UUID_ONLY)).getMessage());
        JsonValue.Obj badTime = JsonValue.object().put("event_id", "e").put("event_type",
                "PlanStarted").put("timestamp", "soon").build();
        assertEquals("timestamp is not a readable timestamp",
                assertThrows(IllegalArgumentException.class, () -> EnvelopeDraft.fromLocalLine(badTime,
                        UUID_ONLY)).getMessage());
        JsonValue.Obj before1970 = JsonValue.object().put("event_id", "e").put("event_type", "PlanStarted")
                .put("timestamp", "1969-12-31T23:59:59+00:00").build();
        assertEquals("timestamp is outside the ULID time range",
                assertThrows(IllegalArgumentException.class, () -> EnvelopeDraft.fromLocalLine(before1970,
                        UUID_ONLY)).getMessage());
    }

    @Test
    void selectionTakesTheFirstMatchPerEmittedType() {
        JsonValue.Obj olderSpecify = JsonValue.object().put("event_id", "old").put("event_type", "SpecifyCompleted")
                .put("timestamp", "2026-01-01T00:00:00+00:00")
                .put("payload", JsonValue.object().put("mission_slug", "001-checkout").put("artifact_path",
                        "spec.md").build())
                .build();
        JsonValue.Obj brokenPlanStarted = JsonValue.object().put("event_type", "PlanStarted")
                .put("payload", JsonValue.object().put("mission_slug", "001-checkout").build()).build();
        EnvelopeSelection selection = EnvelopeSelection.select(LifecycleEventType.emitted(true), SLUG,
                List.of(olderSpecify, specifyLine(), brokenPlanStarted), UUID_ONLY);
        assertEquals(1, selection.drafts().size());
        assertEquals(Ulid.forEnvelope("old", Instant.parse("2026-01-01T00:00:00Z")),
                selection.drafts().get(0).eventId());
        assertEquals(List.of("PlanStarted line in status.events.jsonl cannot be queued: event_id is not a string",
                "PlanCompleted has no line in status.events.jsonl; not queued"), selection.unusable());
    }

    @Test
    void clockTicksAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new ClockTick(0, "abc"));
        assertThrows(IllegalArgumentException.class, () -> new ClockTick(1, " "));
    }
}
