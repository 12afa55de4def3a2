package dev.speckitty.sync.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.InMemoryIdentityInputs;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentityResolverTest {
    private static final Path ROOT = Path.of("/home/alice/sk-root");
    private static final Environment NO_ENV = Environment.of(Map.of());
    private final FakeClock clock = FakeClock.at("2026-05-17T16:42:00Z");
    private final InMemoryIdentityInputs inputs = new InMemoryIdentityInputs();

    private ResolvedIdentity resolve(Environment environment) {
        return new IdentityResolver(inputs, clock, environment).resolve(ROOT);
    }

    @Test
    void theWorkedExampleOfSection57() {
        inputs.putSessionPayload(ROOT, "Alice@Example.com", "Team-1", null)
                .putConfig(ROOT, Map.of("server_url", "HTTPS://Spec-Kitty-Dev.fly.dev/"));
        ResolvedIdentity resolved = resolve(NO_ENV);
        assertEquals("HTTPS://Spec-Kitty-Dev.fly.dev", resolved.serverUrl());
        assertEquals(Optional.of(new Scope("https://spec-kitty-dev.fly.dev|alice@example.com|team-1")),
                resolved.scope());
        assertEquals(ROOT.resolve("queues/queue-8b85169673aa98b5.db"), resolved.queuePaths().active());
        Identity identity = resolved.identity().orElseThrow();
        assertEquals(IdentitySource.SESSION, identity.source());
        assertEquals("Alice@Example.com", identity.principal());
        assertEquals("Team-1", identity.team());
        assertEquals(List.of(), resolved.warnings());
    }

    @Test
    void theSaasUrlVariableWinsOverConfigTrimmedAndWithoutTrailingSlashes() {
        inputs.putConfig(ROOT, Map.of("server_url", "https://configured.example"));
        Environment env = NO_ENV.with(Environment.SAAS_URL, "  https://Env.Example/// ");
        assertEquals("https://Env.Example", resolve(env).serverUrl());
    }

    @Test
    void aBlankOrSlashOnlySaasUrlFallsThroughToConfig() {
        inputs.putConfig(ROOT, Map.of("server_url", "https://configured.example/"));
        assertEquals("https://configured.example", resolve(NO_ENV.with(Environment.SAAS_URL, "   ")).serverUrl());
        assertEquals("https://configured.example", resolve(NO_ENV.with(Environment.SAAS_URL, " / ")).serverUrl());
    }

    @Test
    void withoutVariableOrConfigTheDefaultServerIsUsed() {
        assertEquals("https://spec-kitty-dev.fly.dev", resolve(NO_ENV).serverUrl());
    }

    @Test
    void theSessionScopeUsesTheResolvedServerUrl() {
        inputs.putSessionPayload(ROOT, "alice@example.com", "team-1", null);
        ResolvedIdentity resolved = resolve(NO_ENV.with(Environment.SAAS_URL, "https://Other.Example/"));
        assertEquals("https://other.example|alice@example.com|team-1", resolved.scope().orElseThrow().value());
    }

    @Test
    void aValidSessionWinsOverValidCredentials() {
        inputs.putSessionPayload(ROOT, "alice@example.com", "team-1", null)
                .putCredentials(ROOT, "bob@example.com", "team-2", "https://creds.example");
        assertEquals(IdentitySource.SESSION, resolve(NO_ENV).identity().orElseThrow().source());
    }

    @Test
    void credentialsAuthenticateWhenTheSessionIsNotValidAndUseTheirOwnServer() {
        inputs.putSessionPayload(ROOT, "alice@example.com", "team-1", "2026-05-17T16:00:00Z")
                .putCredentials(ROOT, " Bob@Example.com ", " Team-2 ", " https://Creds.Example/ ");
        ResolvedIdentity resolved = resolve(NO_ENV);
        Identity identity = resolved.identity().orElseThrow();
        assertEquals(IdentitySource.CREDENTIALS, identity.source());
        assertEquals("Bob@Example.com", identity.principal());
        assertEquals("Team-2", identity.team());
        assertEquals("https://creds.example|bob@example.com|team-2", resolved.scope().orElseThrow().value());
        assertEquals("https://spec-kitty-dev.fly.dev", resolved.serverUrl());
    }

    @Test
    void credentialsWithoutTeamSlugUseNoTeam() {
        inputs.putCredentials(ROOT, "bob@example.com", null, "https://creds.example");
        assertEquals("no-team", resolve(NO_ENV).identity().orElseThrow().team());
        inputs.putCredentials(ROOT, "bob@example.com", "  ", "https://creds.example");
        assertEquals("no-team", resolve(NO_ENV).identity().orElseThrow().team());
    }

    @Test
    void incompleteCredentialsDoNotAuthenticate() {
        inputs.putCredentials(ROOT, "bob@example.com", "team-2", null);
        ResolvedIdentity resolved = resolve(NO_ENV);
        assertFalse(resolved.authenticated());
        assertEquals(ROOT.resolve("queue.db"), resolved.queuePaths().active());
    }

    @Test
    void withoutAnySourceTheForegroundIsUnauthenticatedOnTheLegacyQueue() {
        ResolvedIdentity resolved = resolve(NO_ENV);
        assertFalse(resolved.authenticated());
        assertEquals(Optional.empty(), resolved.scope());
        assertEquals(ROOT.resolve("queue.db"), resolved.queuePaths().active());
        assertFalse(resolved.queuePaths().activeIsScoped());
        assertEquals(List.of(), resolved.warnings());
    }

    @Test
    void theSessionIsReadAtTheClocksNow() {
        resolve(NO_ENV);
        assertEquals(List.of(Instant.parse("2026-05-17T16:42:00Z")), inputs.sessionReadTimes());
    }

    @Test
    void everyNonValidSessionStatusBecomesAWarningAfterTheConfigWarnings() {
        inputs.putSessionPayload(ROOT, "alice@example.com", null, null)
                .putConfig(ROOT, Map.of("max_queue_size", -1L));
        ResolvedIdentity resolved = resolve(NO_ENV);
        assertEquals(List.of(
                ROOT.resolve("config.toml") + ": [sync].max_queue_size is invalid; using the default",
                "Session has no private teamspace"), resolved.warnings());
    }

    @Test
    void expiredAndRejectedSessionsWarnToo() {
        inputs.putSessionPayload(ROOT, "alice@example.com", "team-1", "2026-05-17T16:42:00+00:00");
        assertEquals(List.of("Session refresh token expired at 2026-05-17T16:42:00+00:00"), resolve(NO_ENV).warnings());
        Path session = InMemoryIdentityInputs.sessionPath(ROOT);
        inputs.putSessionReport(ROOT, SessionOutcomes.decryptFailed(session));
        assertEquals(List.of("Failed to decrypt session file " + session), resolve(NO_ENV).warnings());
    }

    @Test
    void aValidSessionGivesNoWarning() {
        inputs.putSessionPayload(ROOT, "alice@example.com", "team-1", "2026-05-17T16:42:01+00:00");
        assertTrue(resolve(NO_ENV).warnings().isEmpty());
    }
}
