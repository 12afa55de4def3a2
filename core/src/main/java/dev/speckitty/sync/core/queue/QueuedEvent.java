package dev.speckitty.sync.core.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * An event to enqueue (on-disk.md §6.2, §6.9): {@code data} is the JSON text of the whole envelope,
 * {@code timestamp} epoch seconds at enqueue, {@code coalesceKey} from {@link CoalesceKey}.
 */
public record QueuedEvent(String eventId, String eventType, String data, long timestamp,
                          Optional<String> coalesceKey) {
    public QueuedEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(coalesceKey, "coalesceKey");
        if (eventId.isBlank() || eventType.isBlank()) {
            throw new IllegalArgumentException("event_id and event_type must not be blank");
        }
    }
}
