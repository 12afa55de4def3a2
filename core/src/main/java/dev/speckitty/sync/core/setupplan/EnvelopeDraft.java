package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.time.IsoTimestamps;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An envelope built from one local lifecycle line, before the Lamport clock is ticked (on-disk.md §10.3). The
 * queue writer checks {@link #eventId()} first and ticks the clock only when it will really insert the row
 * ("ticked only when the row is actually inserted"), then calls {@link #complete}.
 *
 * @param fields every envelope key except {@code lamport_clock} and {@code node_id}
 * @param configNodeId {@code project.node_id}, which wins over the clock file's {@code node_id}
 */
public record EnvelopeDraft(Ulid eventId, String eventType, JsonValue.Obj fields, Optional<String> configNodeId) {

    public static final String SCHEMA_VERSION = "3.0.0";

    public EnvelopeDraft {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(configNodeId, "configNodeId");
    }

    /**
     * Builds the draft from a local line: its {@code event_id} and {@code event_type} must be strings and its
     * {@code timestamp} a readable timestamp within the ULID time range; otherwise the reason is thrown.
     * Copied keys that the line lacks are written as {@code null} (decided here).
     *
     * @throws IllegalArgumentException with a one-line reason when the line cannot yield an envelope
     */
    public static EnvelopeDraft fromLocalLine(JsonValue.Obj line, ProjectConfig config) {
        String localEventId = line.string("event_id")
                .orElseThrow(() -> new IllegalArgumentException("event_id is not a string"));
        String eventType = line.string("event_type")
                .orElseThrow(() -> new IllegalArgumentException("event_type is not a string"));
        Instant localTime = line.string("timestamp").flatMap(IsoTimestamps::parse)
                .orElseThrow(() -> new IllegalArgumentException("timestamp is not a readable timestamp"));
        Ulid eventId;
        try {
            eventId = Ulid.forEnvelope(localEventId, localTime);
        } catch (ArithmeticException | IllegalArgumentException outOfRange) {
            throw new IllegalArgumentException("timestamp is outside the ULID time range");
        }
        JsonValue.Obj fields = JsonValue.object()
                .put("event_id", eventId.value())
                .put("event_type", eventType)
                .put("aggregate_id", line.getOrNull("aggregate_id"))
                .put("aggregate_type", line.getOrNull("aggregate_type"))
                .put("timestamp", line.getOrNull("timestamp"))
                .put("project_uuid", line.getOrNull("project_uuid"))
                .put("project_slug", line.getOrNull("project_slug"))
                .put("payload", line.getOrNull("payload"))
                .put("schema_version", SCHEMA_VERSION)
                .put("build_id", JsonValue.stringOrNull(config.envelopeBuildId()))
                .put("causation_id", JsonValue.Null.NULL)
                .put("correlation_id", localEventId)
                .build();
        return new EnvelopeDraft(eventId, eventType, fields, config.nodeId());
    }

    /** The finished envelope with {@code lamport_clock} = the tick's value and {@code node_id} resolved. */
    public QueueEnvelope complete(ClockTick tick) {
        JsonValue.Obj.Builder envelope = JsonValue.object();
        fields.members().forEach(envelope::put);
        envelope.put("lamport_clock", tick.value());
        envelope.put("node_id", configNodeId.orElse(tick.nodeId()));
        return new QueueEnvelope(eventId, eventType, CanonicalJson.write(envelope.build()));
    }
}
