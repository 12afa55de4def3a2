package dev.speckitty.sync.core.identity;

import java.util.Objects;

/**
 * The foreground identity of daemon.md §2: the eight fields a daemon's owner record is compared against.
 * Auth fields are null when unauthenticated; {@code queueDbPath} is the active queue, computed purely.
 */
public record ForegroundIdentity(
        String packageVersion,
        String executablePath,
        String sourceCheckoutPath,
        String serverUrl,
        String authPrincipal,
        String authTeam,
        String authScope,
        String queueDbPath) {

    public ForegroundIdentity {
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(executablePath, "executablePath");
        Objects.requireNonNull(sourceCheckoutPath, "sourceCheckoutPath");
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(queueDbPath, "queueDbPath");
    }

    public static ForegroundIdentity of(Installation installation, ResolvedIdentity resolved) {
        return new ForegroundIdentity(
                installation.packageVersion(),
                installation.executablePath().toString(),
                installation.sourceCheckoutPath().toString(),
                resolved.serverUrl(),
                resolved.identity().map(Identity::principal).orElse(null),
                resolved.identity().map(Identity::team).orElse(null),
                resolved.scope().map(Scope::value).orElse(null),
                resolved.queuePaths().active().toString());
    }
}
