package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.CredentialsStatus;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.core.identity.SyncConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link ReadIdentityInputs} must have (on-disk.md §5.1, §5.3, §5.4). Subclassed for the
 * in-memory fake and for the file adapter; each subclass says how to put an input in place.
 */
public abstract class ReadIdentityInputsContract {

    private static final Instant NOW = Instant.parse("2026-05-17T16:42:00Z");

    @TempDir
    protected Path root;

    protected abstract ReadIdentityInputs subject();

    /**
     * A readable session whose payload has {@code email}, a private teamspace with id {@code privateTeamId}
     * (null: only a non-private team) and {@code refresh_token_expires_at} (null: key absent).
     */
    protected abstract void arrangeSession(Path root, String email, String privateTeamId,
                                           String refreshTokenExpiresAt) throws Exception;

    /** A credentials file; null values leave the key out. */
    protected abstract void arrangeCredentials(Path root, String username, String teamSlug, String serverUrl)
            throws Exception;

    /** A config.toml whose {@code [sync]} table holds these values (String, Long or Boolean). */
    protected abstract void arrangeConfig(Path root, Map<String, Object> syncValues) throws Exception;

    @Test
    void anEmptyRootHasNoSessionNoCredentialsAndTheDefaultConfig() {
        ReadIdentityInputs inputs = subject();
        assertEquals(SessionStatus.ABSENT, inputs.readSession(root, NOW).status());
        assertEquals(CredentialsStatus.ABSENT, inputs.readCredentials(root).status());
        assertEquals(SyncConfig.defaults(), inputs.readConfig(root));
    }

    @Test
    void aValidSessionGivesItsTrimmedEmailAndPrivateTeam() throws Exception {
        arrangeSession(root, " Alice@Example.com ", " Team-1 ", null);
        SessionReport report = subject().readSession(root, NOW);
        assertEquals(SessionStatus.VALID, report.status());
        assertEquals("Alice@Example.com", report.email());
        assertEquals("Team-1", report.privateTeamId());
        assertNull(report.reasonCode());
        assertNull(report.diagnostic());
    }

    @Test
    void aSessionExpiresWhenItsRefreshInstantIsReached() throws Exception {
        arrangeSession(root, "alice@example.com", "team-1", "2026-05-17T16:42:00+00:00");
        ReadIdentityInputs inputs = subject();
        assertEquals(SessionStatus.VALID, inputs.readSession(root, NOW.minusSeconds(1)).status());
        SessionReport expired = inputs.readSession(root, NOW);
        assertEquals(SessionStatus.EXPIRED, expired.status());
        assertEquals("refresh_token_expired", expired.reasonCode());
        assertEquals("Session refresh token expired at 2026-05-17T16:42:00+00:00", expired.diagnostic());
    }

    @Test
    void aSessionWithoutPrivateTeamspaceSaysSo() throws Exception {
        arrangeSession(root, "alice@example.com", null, null);
        SessionReport report = subject().readSession(root, NOW);
        assertEquals(SessionStatus.NO_PRIVATE_TEAMSPACE, report.status());
        assertEquals("Session has no private teamspace", report.diagnostic());
    }

    @Test
    void credentialsWithUserAndServerAreValidAndTrimmed() throws Exception {
        arrangeCredentials(root, " alice@example.com ", null, " https://spec-kitty-dev.fly.dev ");
        CredentialsReport report = subject().readCredentials(root);
        assertEquals(CredentialsStatus.VALID, report.status());
        assertEquals("alice@example.com", report.username());
        assertNull(report.teamSlug());
        assertEquals("https://spec-kitty-dev.fly.dev", report.serverUrl());
    }

    @Test
    void credentialsLackingTheUsernameAreIncomplete() throws Exception {
        arrangeCredentials(root, "  ", "team-1", "https://spec-kitty-dev.fly.dev");
        CredentialsReport report = subject().readCredentials(root);
        assertEquals(CredentialsStatus.INCOMPLETE, report.status());
        assertEquals("Credentials file " + root.resolve("credentials") + " lacks [user].username", report.diagnostic());
    }

    @Test
    void credentialsLackingTheServerUrlAreIncomplete() throws Exception {
        arrangeCredentials(root, "alice@example.com", "team-1", null);
        CredentialsReport report = subject().readCredentials(root);
        assertEquals(CredentialsStatus.INCOMPLETE, report.status());
        assertEquals("Credentials file " + root.resolve("credentials") + " lacks [server].url", report.diagnostic());
        assertEquals("team-1", report.teamSlug());
    }

    @Test
    void configValuesAreNormalised() throws Exception {
        arrangeConfig(root, Map.of("server_url", " HTTPS://Spec-Kitty-Dev.fly.dev// ", "max_queue_size", 5L,
                "background_daemon", "Manual"));
        SyncConfig config = subject().readConfig(root);
        assertEquals(Optional.of("HTTPS://Spec-Kitty-Dev.fly.dev"), config.serverUrl());
        assertEquals(5L, config.maxQueueSize());
        assertEquals(BackgroundDaemonPolicy.MANUAL, config.backgroundDaemon());
        assertEquals(List.of(), config.warnings());
    }

    @Test
    void invalidConfigValuesFallBackToDefaultsWithOneWarningPerKey() throws Exception {
        arrangeConfig(root, Map.of("server_url", " ", "max_queue_size", 0L, "background_daemon", true));
        SyncConfig config = subject().readConfig(root);
        assertEquals(Optional.empty(), config.serverUrl());
        assertEquals(SyncConfig.DEFAULT_MAX_QUEUE_SIZE, config.maxQueueSize());
        assertEquals(BackgroundDaemonPolicy.AUTO, config.backgroundDaemon());
        Path file = root.resolve("config.toml");
        assertEquals(List.of(
                file + ": [sync].server_url is invalid; using the default",
                file + ": [sync].max_queue_size is invalid; using the default",
                file + ": [sync].background_daemon is invalid; using the default"), config.warnings());
    }
}
