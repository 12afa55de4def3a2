package dev.speckitty.sync.core.queue;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What enqueueing one event did (on-disk.md §6.9). When rows were evicted to respect the cap, the caller
 * prints {@link #capacityWarning()} on stderr as is (three lines, no level prefix).
 */
public record EventEnqueueResult(Outcome outcome, long evicted, long cap) {

    public enum Outcome {
        /** A new row was inserted. */
        ENQUEUED,
        /** An existing row with the same coalesce key took this event in place. */
        COALESCED,
        /** A row with this event_id exists; nothing changed. */
        ALREADY_QUEUED
    }

    public EventEnqueueResult {
        Objects.requireNonNull(outcome, "outcome");
        if (evicted < 0 || cap < 1) {
            throw new IllegalArgumentException("evicted must be >= 0 and cap >= 1");
        }
        if (evicted > 0 && outcome != Outcome.ENQUEUED) {
            throw new IllegalArgumentException("only an insert evicts");
        }
    }

    /** The exact stderr text of §6.9 step 3, when rows were evicted. */
    public Optional<String> capacityWarning() {
        if (evicted == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "Offline queue at capacity (%,d events). Evicted %,d oldest event(s) to make room.\n"
                        + "  Check auth and connectivity: spec-kitty sync status --check\n"
                        + "  Drain the queue manually:    spec-kitty sync now", cap, evicted));
    }
}
