package dev.speckitty.sync.core.cleanup;

import java.util.Objects;

/** The three outputs of one decision row of cleanup.md §7. {@code skipReason} is null iff safe_auto. */
public record Classification(CleanupClass cleanupClass, SkipReason skipReason, EvidenceSource identitySource) {

    public Classification {
        Objects.requireNonNull(cleanupClass, "cleanupClass");
        Objects.requireNonNull(identitySource, "identitySource");
        if ((cleanupClass == CleanupClass.SAFE_AUTO) != (skipReason == null)) {
            throw new IllegalArgumentException("skip_reason must be null exactly for safe_auto");
        }
    }
}
