package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.identity.ResolvedIdentity;
import java.util.Objects;

/** The report of {@code auth status} (cli.md §12): exit 0 when authenticated, else 1. */
public record AuthStatus(ResolvedIdentity identity, boolean saasSyncEnabled) implements CommandResult {
    public AuthStatus {
        Objects.requireNonNull(identity, "identity");
    }

    @Override
    public int exitCode() {
        return identity.authenticated() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
