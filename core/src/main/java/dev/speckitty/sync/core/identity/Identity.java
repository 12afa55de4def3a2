package dev.speckitty.sync.core.identity;

import java.util.Objects;

/**
 * An authenticated identity (on-disk.md §5.5): principal and team trimmed, case preserved. The scope server
 * is the session's {@code server_url} or the credentials' {@code [server].url}.
 */
public record Identity(IdentitySource source, String principal, String team, String scopeServer) {

    public Identity {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(scopeServer, "scopeServer");
        if (principal.isBlank() || team.isBlank() || scopeServer.isBlank()) {
            throw new IllegalArgumentException("identity parts must not be blank");
        }
        principal = principal.strip();
        team = team.strip();
    }

    public Scope scope() {
        return Scope.of(scopeServer, principal, team);
    }
}
