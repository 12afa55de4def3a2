package dev.speckitty.sync.core.setupplan;

import java.util.Objects;

/** One tick of the Lamport clock (on-disk.md §9): the new value and the clock file's {@code node_id}. */
public record ClockTick(long value, String nodeId) {
    public ClockTick {
        Objects.requireNonNull(nodeId, "nodeId");
        if (value < 1) {
            throw new IllegalArgumentException("a tick yields a value of at least 1, got " + value);
        }
        if (nodeId.isBlank()) {
            throw new IllegalArgumentException("node_id must not be blank");
        }
    }
}
