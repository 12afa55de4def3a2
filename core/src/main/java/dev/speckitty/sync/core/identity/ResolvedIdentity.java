package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one invocation knows about who it is, resolved once (on-disk.md §5): the root, the server URL
 * (§5.2), the config, both identity sources as read, the identity if one resolves, and the queue paths.
 * {@code warnings} are the {@code [WARN]} texts the caller prints once per process (session diagnostics,
 * config warnings).
 */
public record ResolvedIdentity(
        Path root,
        String serverUrl,
        SyncConfig config,
        SessionReport session,
        CredentialsReport credentials,
        Optional<Identity> identity,
        QueuePaths queuePaths,
        List<String> warnings) {

    public ResolvedIdentity {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(queuePaths, "queuePaths");
        warnings = List.copyOf(warnings);
    }

    public boolean authenticated() {
        return identity.isPresent();
    }

    public Optional<Scope> scope() {
        return identity.map(Identity::scope);
    }
}
