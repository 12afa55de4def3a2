package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.identity.Scope;
import java.util.Optional;

/**
 * {@code foreground.active_queue_scope_marker} of {@code sync status --json} (on-disk.md §5.8): the reference's
 * informational {@code <R>/active_queue_scope} file compared with the resolved scope. Never an identity source.
 */
public enum ScopeMarkerState {
    ABSENT("absent"),
    MATCHES("matches"),
    STALE("stale");

    private final String wireName;

    ScopeMarkerState(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * @param fileExists whether the marker file exists
     * @param content    its text, or empty when it exists but cannot be read
     * @param scope      the resolved scope, empty when unauthenticated
     */
    public static ScopeMarkerState classify(boolean fileExists, Optional<String> content, Optional<Scope> scope) {
        if (!fileExists) {
            return ABSENT;
        }
        boolean matches = content.isPresent() && scope.isPresent() && content.get().strip().equals(scope.get().value());
        return matches ? MATCHES : STALE;
    }
}
