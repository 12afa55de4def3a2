package dev.speckitty.sync.core.boundary;

import java.util.Objects;

/**
 * One mismatched field (daemon.md §9.4): the unnormalised values of both sides; either may be null. The daemon
 * side comes from the owner record or from the recorded daemon's health {@code owner} block.
 */
public record FieldMismatch(ComparedField field, String foregroundValue, String daemonValue) {

    public FieldMismatch {
        Objects.requireNonNull(field, "field");
        if (Objects.equals(foregroundValue, daemonValue)) {
            throw new IllegalArgumentException("equal values are not a mismatch: " + field.wireName());
        }
    }
}
