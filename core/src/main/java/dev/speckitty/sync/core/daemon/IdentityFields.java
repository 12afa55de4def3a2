package dev.speckitty.sync.core.daemon;

import dev.speckitty.sync.core.identity.ForegroundIdentity;
import java.util.Objects;

/**
 * One side of the comparison of daemon.md §9: the six compared fields, path fields with their canonical forms.
 * Null means unset (for example {@code authScope} when unauthenticated, or a field missing from a health
 * {@code owner} block).
 */
public record IdentityFields(
        String packageVersion,
        ComparedPath executablePath,
        ComparedPath sourceCheckoutPath,
        String serverUrl,
        String authScope,
        ComparedPath queueDbPath) {

    public IdentityFields {
        Objects.requireNonNull(executablePath, "executablePath");
        Objects.requireNonNull(sourceCheckoutPath, "sourceCheckoutPath");
        Objects.requireNonNull(queueDbPath, "queueDbPath");
    }

    public static IdentityFields of(ForegroundIdentity foreground, CanonicalPaths paths) {
        return new IdentityFields(foreground.packageVersion(),
                ComparedPath.of(foreground.executablePath(), paths),
                ComparedPath.of(foreground.sourceCheckoutPath(), paths),
                foreground.serverUrl(),
                foreground.authScope(),
                ComparedPath.of(foreground.queueDbPath(), paths));
    }

    public static IdentityFields of(OwnerRecord record, CanonicalPaths paths) {
        return new IdentityFields(record.packageVersion(),
                ComparedPath.of(record.executablePath(), paths),
                ComparedPath.of(record.sourceCheckoutPath(), paths),
                record.serverUrl(),
                record.authScope(),
                ComparedPath.of(record.queueDbPath(), paths));
    }

    public static IdentityFields of(HealthOwner owner, CanonicalPaths paths) {
        return new IdentityFields(owner.packageVersion(),
                ComparedPath.of(owner.executablePath(), paths),
                ComparedPath.of(owner.sourceCheckoutPath(), paths),
                owner.serverUrl(),
                owner.authScope(),
                ComparedPath.of(owner.queueDbPath(), paths));
    }
}
