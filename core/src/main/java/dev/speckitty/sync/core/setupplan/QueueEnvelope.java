package dev.speckitty.sync.core.setupplan;

import java.util.Objects;

/**
 * A queue event ready to insert (on-disk.md §10.3): the row's {@code event_id}, {@code event_type} and
 * {@code data} (compact JSON, keys sorted). The queue writer adds {@code timestamp} (epoch seconds now),
 * {@code retry_count} 0 and {@code coalesce_key} NULL.
 */
public record QueueEnvelope(Ulid eventId, String eventType, String data) {
    public QueueEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(data, "data");
    }
}
