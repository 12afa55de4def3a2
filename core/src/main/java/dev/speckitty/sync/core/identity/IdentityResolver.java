package dev.speckitty.sync.core.identity;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * THE identity resolver (on-disk.md §5): every command and the daemon ask this one class who they are, so there
 * is a single definition of "authenticated". It reads the three identity inputs through {@link ReadIdentityInputs}
 * and applies the pure rules below: server URL (§5.2), identity (§5.5), scope (§5.6) and queue paths (§5.7).
 * It never writes and never calls the network.
 */
public final class IdentityResolver {

    /** The team of credentials without a usable {@code [user].team_slug} (§5.3). */
    public static final String NO_TEAM = "no-team";

    private final ReadIdentityInputs inputs;
    private final Clock clock;
    private final Environment environment;

    public IdentityResolver(ReadIdentityInputs inputs, Clock clock, Environment environment) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Resolves everything one invocation needs to know about its identity under {@code root}. */
    public ResolvedIdentity resolve(Path root) {
        SyncConfig config = inputs.readConfig(root);
        SessionReport session = inputs.readSession(root, clock.now());
        CredentialsReport credentials = inputs.readCredentials(root);
        String serverUrl = serverUrl(environment, config);
        Optional<Identity> identity = identity(session, credentials, serverUrl);
        return new ResolvedIdentity(root, serverUrl, config, session, credentials, identity,
                QueuePaths.of(root, identity.map(Identity::scope)), warnings(config, session));
    }

    /**
     * §5.2: {@code SPEC_KITTY_SAAS_URL} when something remains after trimming and removing trailing slashes, else
     * the configured {@code [sync].server_url}, else the default. Case is preserved.
     */
    public static String serverUrl(Environment environment, SyncConfig config) {
        return environment.get(Environment.SAAS_URL)
                .flatMap(SyncConfigRules::normalizeServerUrl)
                .or(config::serverUrl)
                .orElse(SyncConfig.DEFAULT_SERVER_URL);
    }

    /**
     * §5.5: a valid session first (scope server = {@code serverUrl}), else credentials that authenticate (scope
     * server = their {@code [server].url}, team {@code no-team} when none), else no identity.
     */
    public static Optional<Identity> identity(SessionReport session, CredentialsReport credentials, String serverUrl) {
        if (session.status() == SessionStatus.VALID) {
            return Optional.of(new Identity(IdentitySource.SESSION,
                    required(session.email(), "a valid session has an email"),
                    required(session.privateTeamId(), "a valid session has a private team"),
                    serverUrl));
        }
        if (credentials.status() == CredentialsStatus.VALID) {
            String teamSlug = credentials.teamSlug();
            return Optional.of(new Identity(IdentitySource.CREDENTIALS,
                    required(credentials.username(), "valid credentials have a username"),
                    teamSlug == null || teamSlug.isBlank() ? NO_TEAM : teamSlug,
                    required(credentials.serverUrl(), "valid credentials have a server url")));
        }
        return Optional.empty();
    }

    /**
     * The {@code [WARN]} texts (without the prefix) the caller prints once per process: the config warnings, then
     * the session diagnostic for every status other than absent and valid (clarifications #8).
     */
    public static List<String> warnings(SyncConfig config, SessionReport session) {
        List<String> warnings = new ArrayList<>(config.warnings());
        if (session.warrantsWarning() && session.diagnostic() != null) {
            warnings.add(session.diagnostic());
        }
        return warnings;
    }

    private static String required(String value, String rule) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(rule);
        }
        return value;
    }
}
