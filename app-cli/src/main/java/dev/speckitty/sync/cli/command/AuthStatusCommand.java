package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import jakarta.inject.Inject;

/** {@code spec-kitty auth status}: read-only; reports the identity this invocation resolves. */
public final class AuthStatusCommand {
    private final ResolvedIdentity identity;
    private final Environment environment;

    @Inject
    public AuthStatusCommand(ResolvedIdentity identity, Environment environment) {
        this.identity = identity;
        this.environment = environment;
    }

    public AuthStatus run() {
        return new AuthStatus(identity, environment.saasSyncEnabled());
    }
}
