package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.identity.CredentialsOutcomes;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.identity.SessionOutcomes;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.identity.SyncConfigRules;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Identity inputs held in memory per root. Stored payloads, credentials values and config values go through the
 * same core rules as the file adapter ({@link SessionOutcomes}, {@link CredentialsOutcomes},
 * {@link SyncConfigRules}); fixed reports can be stored for outcomes only files can produce (rejections).
 */
public final class InMemoryIdentityInputs implements ReadIdentityInputs {
    private final Map<Path, Function<Instant, SessionReport>> sessions = new HashMap<>();
    private final Map<Path, CredentialsReport> credentials = new HashMap<>();
    private final Map<Path, SyncConfig> configs = new HashMap<>();
    private final List<Instant> sessionReadTimes = new ArrayList<>();

    public static Path sessionPath(Path root) {
        return root.resolve("auth").resolve("session.json");
    }

    public static Path credentialsPath(Path root) {
        return root.resolve("credentials");
    }

    public static Path configPath(Path root) {
        return root.resolve("config.toml");
    }

    /** A decrypted session payload; {@code privateTeamId} and {@code refreshTokenExpiresAt} may be null. */
    public synchronized InMemoryIdentityInputs putSessionPayload(Path root, String email, String privateTeamId,
                                                                 String refreshTokenExpiresAt) {
        sessions.put(root, now -> SessionOutcomes.fromPayload(sessionPath(root), email, privateTeamId,
                refreshTokenExpiresAt, "file", now));
        return this;
    }

    /** A fixed session report, e.g. one of the rejections of {@link SessionOutcomes}. */
    public synchronized InMemoryIdentityInputs putSessionReport(Path root, SessionReport report) {
        sessions.put(root, now -> report);
        return this;
    }

    /** Credentials values as TOML strings; null means the key is missing. */
    public synchronized InMemoryIdentityInputs putCredentials(Path root, String username, String teamSlug,
                                                              String serverUrl) {
        credentials.put(root, CredentialsOutcomes.fromValues(credentialsPath(root), username, teamSlug, serverUrl));
        return this;
    }

    public synchronized InMemoryIdentityInputs putCredentialsReport(Path root, CredentialsReport report) {
        credentials.put(root, report);
        return this;
    }

    /** The {@code [sync]} table's values (String, Long, Boolean, …) as a TOML parser would produce them. */
    public synchronized InMemoryIdentityInputs putConfig(Path root, Map<String, ?> syncValues) {
        configs.put(root, SyncConfigRules.fromSyncTable(configPath(root), syncValues));
        return this;
    }

    public synchronized InMemoryIdentityInputs putConfig(Path root, SyncConfig config) {
        configs.put(root, config);
        return this;
    }

    /** Every {@code now} the session was read with, in order. */
    public synchronized List<Instant> sessionReadTimes() {
        return List.copyOf(sessionReadTimes);
    }

    @Override
    public synchronized SessionReport readSession(Path root, Instant now) {
        sessionReadTimes.add(now);
        return sessions.getOrDefault(root, t -> SessionReport.absent(sessionPath(root))).apply(now);
    }

    @Override
    public synchronized CredentialsReport readCredentials(Path root) {
        return credentials.getOrDefault(root, CredentialsReport.absent(credentialsPath(root)));
    }

    @Override
    public synchronized SyncConfig readConfig(Path root) {
        return configs.getOrDefault(root, SyncConfig.defaults());
    }
}
