package dev.speckitty.sync.core.daemon;

import java.util.Objects;

/**
 * One mismatched field, {@code {field, foreground_value, daemon_value}} (daemon.md §9.4), with the values as
 * reported (not normalised); null is unset (human text renders it as {@code <unset>}). Equal reported values
 * never mismatch, whatever the normalisation.
 */
public record FieldMismatch(IdentityField field, String foregroundValue, String daemonValue) {
    public FieldMismatch {
        Objects.requireNonNull(field, "field");
        if (Objects.equals(foregroundValue, daemonValue)) {
            throw new IllegalArgumentException("equal values are not a mismatch: " + field.key());
        }
    }
}
