package dev.speckitty.sync.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionOutcomesTest {
    private static final Path SESSION = Path.of("/r/auth/session.json");
    private static final Path SALT = Path.of("/r/auth/session.salt");
    private static final Instant NOW = Instant.parse("2026-05-17T16:42:00Z");

    private static void assertRejected(SessionReport report, String reason, String diagnostic) {
        assertEquals(SessionStatus.REJECTED, report.status());
        assertEquals(reason, report.reasonCode());
        assertEquals(diagnostic, report.diagnostic());
        assertNull(report.email());
    }

    @Test
    void rejectionTextsAreThoseOfTheTable() {
        assertRejected(SessionOutcomes.unsafePermissions(SESSION, 0644), "unsafe_permissions",
                "Session file /r/auth/session.json has unsafe permissions (mode=0o644); expected 0600. "
                        + "Fix with: chmod 600 /r/auth/session.json");
        assertRejected(SessionOutcomes.unsafePermissions(SESSION, 0060), "unsafe_permissions",
                "Session file /r/auth/session.json has unsafe permissions (mode=0o60); expected 0600. "
                        + "Fix with: chmod 600 /r/auth/session.json");
        assertRejected(SessionOutcomes.unreadable(SESSION, "AccessDeniedException"), "unreadable",
                "Session file /r/auth/session.json is unreadable: AccessDeniedException");
        assertRejected(SessionOutcomes.invalidJson(SESSION), "invalid_json",
                "Session file /r/auth/session.json is not valid JSON");
        assertRejected(SessionOutcomes.notAnObject(SESSION), "not_an_object",
                "Session file /r/auth/session.json is not a JSON object");
        assertRejected(SessionOutcomes.unsupportedVersion(SESSION, "\"2\""), "unsupported_version",
                "Unsupported session file format version \"2\"; expected 2");
        assertRejected(SessionOutcomes.malformed(SESSION, "nonce"), "malformed",
                "Session file /r/auth/session.json is malformed: nonce");
        assertRejected(SessionOutcomes.saltMissing(SESSION, SALT), "salt_missing",
                "Salt file /r/auth/session.salt is missing; cannot decrypt the session");
        assertRejected(SessionOutcomes.saltUnreadable(SESSION, SALT, "IOException"), "salt_unreadable",
                "Salt file /r/auth/session.salt is unreadable: IOException");
        assertRejected(SessionOutcomes.saltWrongLength(SESSION, SALT, 15), "salt_wrong_length",
                "Salt file /r/auth/session.salt has wrong length (15 bytes); expected 16");
        assertRejected(SessionOutcomes.decryptFailed(SESSION), "decrypt_failed",
                "Failed to decrypt session file /r/auth/session.json");
        assertRejected(SessionOutcomes.invalidPayload(SESSION, "teams"), "invalid_payload",
                "Decrypted session payload is not a valid session: teams");
    }

    @Test
    void aPayloadWithPrivateTeamAndFutureExpiryIsValid() {
        SessionReport report = SessionOutcomes.fromPayload(SESSION, " a@b.c ", " t1 ",
                "2026-05-17T16:42:01+00:00", "file", NOW);
        assertEquals(SessionStatus.VALID, report.status());
        assertEquals("a@b.c", report.email());
        assertEquals("t1", report.privateTeamId());
        assertEquals("2026-05-17T16:42:01+00:00", report.refreshTokenExpiresAt());
        assertEquals("file", report.storageBackend());
    }

    @Test
    void expiryAtExactlyNowIsExpiredAndQuotesTheStoredValue() {
        SessionReport report = SessionOutcomes.fromPayload(SESSION, "a@b.c", "t1", "2026-05-17T18:42:00+02:00",
                null, NOW);
        assertEquals(SessionStatus.EXPIRED, report.status());
        assertEquals("Session refresh token expired at 2026-05-17T18:42:00+02:00", report.diagnostic());
    }

    @Test
    void expiryIsJudgedBeforeThePrivateTeamspace() {
        SessionReport report = SessionOutcomes.fromPayload(SESSION, "a@b.c", null, "2026-01-01T00:00:00Z", null, NOW);
        assertEquals(SessionStatus.EXPIRED, report.status());
    }

    @Test
    void aMalformedExpiryIsAnInvalidPayloadBeforeExpiry() {
        SessionReport report = SessionOutcomes.fromPayload(SESSION, "a@b.c", null, "yesterday", null, NOW);
        assertRejected(report, "invalid_payload", "Decrypted session payload is not a valid session: "
                + "refresh_token_expires_at");
    }

    @Test
    void aBlankEmailIsAnInvalidPayload() {
        assertEquals("invalid_payload", SessionOutcomes.fromPayload(SESSION, " ", "t", null, null, NOW).reasonCode());
    }

    @Test
    void withoutPrivateTeamTheSessionHasNoPrivateTeamspace() {
        SessionReport report = SessionOutcomes.fromPayload(SESSION, "a@b.c", null, null, null, NOW);
        assertEquals(SessionStatus.NO_PRIVATE_TEAMSPACE, report.status());
        assertEquals("no_private_teamspace", report.reasonCode());
        assertEquals("Session has no private teamspace", report.diagnostic());
        assertEquals("a@b.c", report.email());
    }
}
