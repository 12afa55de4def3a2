package dev.speckitty.sync.cli.support;

import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.IdentitySource;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.core.identity.SyncConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Resolved identities as the real resolver would produce them for a root (on-disk.md §5). */
public final class Identities {
    public static final String SERVER = "https://spec-kitty-dev.fly.dev";

    private Identities() {
    }

    public static Path sessionPath(Path root) {
        return root.resolve("auth").resolve("session.json");
    }

    public static Path credentialsPath(Path root) {
        return root.resolve("credentials");
    }

    public static ResolvedIdentity unauthenticated(Path root) {
        return unauthenticated(root, SessionReport.absent(sessionPath(root)), List.of());
    }

    public static ResolvedIdentity unauthenticated(Path root, SessionReport session, List<String> warnings) {
        return new ResolvedIdentity(root, SERVER, SyncConfig.defaults(), session,
                CredentialsReport.absent(credentialsPath(root)), Optional.empty(), QueuePaths.of(root, Optional.empty()),
                warnings);
    }

    /** A valid session for {@code email} with private team {@code team}. */
    public static ResolvedIdentity session(Path root, String email, String team) {
        Identity identity = new Identity(IdentitySource.SESSION, email, team, SERVER);
        SessionReport session = new SessionReport(sessionPath(root), SessionStatus.VALID, null, null, email, team,
                "2026-06-17T16:00:00+00:00", "file");
        return new ResolvedIdentity(root, SERVER, SyncConfig.defaults(), session,
                CredentialsReport.absent(credentialsPath(root)), Optional.of(identity),
                QueuePaths.of(root, Optional.of(identity.scope())), List.of());
    }

    /** Valid legacy credentials; {@code teamSlug} null means the effective team {@code no-team}. */
    public static ResolvedIdentity credentials(Path root, String username, String teamSlug, String serverUrl) {
        Identity identity = new Identity(IdentitySource.CREDENTIALS, username,
                teamSlug == null ? "no-team" : teamSlug, serverUrl);
        CredentialsReport credentials = new CredentialsReport(credentialsPath(root), CredentialsStatus.VALID, null,
                username, teamSlug, serverUrl);
        return new ResolvedIdentity(root, SERVER, SyncConfig.defaults(), SessionReport.absent(sessionPath(root)),
                credentials, Optional.of(identity), QueuePaths.of(root, Optional.of(identity.scope())), List.of());
    }
}
