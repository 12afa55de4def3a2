package dev.speckitty.sync.core.identity;

import dev.speckitty.sync.core.time.IsoTimestamps;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The rows of on-disk.md §5.4's outcome table as {@link SessionReport} values with their exact diagnostic texts.
 * The adapter decides which check failed (in the order of §5.4); the texts and the final expiry/teamspace
 * rules live here so every reader and fake says the same thing. Diagnostics never carry file bytes or
 * secrets: only paths, class names, lengths, the version value as written and the stored expiry.
 */
public final class SessionOutcomes {

    public static final String UNSAFE_PERMISSIONS = "unsafe_permissions";
    public static final String UNREADABLE = "unreadable";
    public static final String INVALID_JSON = "invalid_json";
    public static final String NOT_AN_OBJECT = "not_an_object";
    public static final String UNSUPPORTED_VERSION = "unsupported_version";
    public static final String SALT_MISSING = "salt_missing";
    public static final String SALT_UNREADABLE = "salt_unreadable";
    public static final String SALT_WRONG_LENGTH = "salt_wrong_length";
    public static final String MALFORMED = "malformed";
    public static final String DECRYPT_FAILED = "decrypt_failed";
    public static final String INVALID_PAYLOAD = "invalid_payload";
    public static final String REFRESH_TOKEN_EXPIRED = "refresh_token_expired";
    public static final String NO_PRIVATE_TEAMSPACE = "no_private_teamspace";

    /** Payload keys that can be named by {@code invalid_payload}. */
    public static final String EMAIL_KEY = "email";
    public static final String TEAMS_KEY = "teams";
    public static final String REFRESH_TOKEN_EXPIRES_AT_KEY = "refresh_token_expires_at";

    private SessionOutcomes() {
    }

    /** @param permissionBits the file's permission bits, e.g. {@code 0644} */
    public static SessionReport unsafePermissions(Path session, int permissionBits) {
        return rejected(session, UNSAFE_PERMISSIONS, "Session file " + session + " has unsafe permissions (mode=0o"
                + Integer.toOctalString(permissionBits) + "); expected 0600. Fix with: chmod 600 " + session);
    }

    /** @param errorClass the simple class name of the error, e.g. {@code AccessDeniedException} */
    public static SessionReport unreadable(Path session, String errorClass) {
        return rejected(session, UNREADABLE, "Session file " + session + " is unreadable: " + errorClass);
    }

    public static SessionReport invalidJson(Path session) {
        return rejected(session, INVALID_JSON, "Session file " + session + " is not valid JSON");
    }

    public static SessionReport notAnObject(Path session) {
        return rejected(session, NOT_AN_OBJECT, "Session file " + session + " is not a JSON object");
    }

    /** @param versionAsWritten the JSON value of {@code version} as written ({@code 1}, {@code "2"}, {@code null}) */
    public static SessionReport unsupportedVersion(Path session, String versionAsWritten) {
        return rejected(session, UNSUPPORTED_VERSION,
                "Unsupported session file format version " + versionAsWritten + "; expected 2");
    }

    /** @param field {@code nonce} or {@code ciphertext} */
    public static SessionReport malformed(Path session, String field) {
        return rejected(session, MALFORMED, "Session file " + session + " is malformed: " + field);
    }

    public static SessionReport saltMissing(Path session, Path salt) {
        return rejected(session, SALT_MISSING, "Salt file " + salt + " is missing; cannot decrypt the session");
    }

    public static SessionReport saltUnreadable(Path session, Path salt, String errorClass) {
        return rejected(session, SALT_UNREADABLE, "Salt file " + salt + " is unreadable: " + errorClass);
    }

    public static SessionReport saltWrongLength(Path session, Path salt, long length) {
        return rejected(session, SALT_WRONG_LENGTH,
                "Salt file " + salt + " has wrong length (" + length + " bytes); expected 16");
    }

    public static SessionReport decryptFailed(Path session) {
        return rejected(session, DECRYPT_FAILED, "Failed to decrypt session file " + session);
    }

    /** @param key the first offending payload key */
    public static SessionReport invalidPayload(Path session, String key) {
        return rejected(session, INVALID_PAYLOAD, "Decrypted session payload is not a valid session: " + key);
    }

    /**
     * The outcome of a payload whose JSON types are valid: the expiry form, then expiry, then the private
     * teamspace decide (the tail of §5.4's check order).
     *
     * @param email                 the non-blank {@code email}
     * @param privateTeamId         the {@code id} of the first private teamspace, or null when none qualifies
     * @param refreshTokenExpiresAt the stored string, or null when absent or JSON null
     * @param storageBackend        the payload's {@code storage_backend} string, or null
     */
    public static SessionReport fromPayload(Path session, String email, String privateTeamId,
                                            String refreshTokenExpiresAt, String storageBackend, Instant now) {
        if (email == null || email.isBlank()) {
            return invalidPayload(session, EMAIL_KEY);
        }
        Optional<Instant> expiry = Optional.empty();
        if (refreshTokenExpiresAt != null) {
            expiry = IsoTimestamps.parse(refreshTokenExpiresAt);
            if (expiry.isEmpty()) {
                return invalidPayload(session, REFRESH_TOKEN_EXPIRES_AT_KEY);
            }
        }
        String principal = email.strip();
        String team = privateTeamId == null || privateTeamId.isBlank() ? null : privateTeamId.strip();
        if (expiry.isPresent() && !expiry.get().isAfter(now)) {
            return new SessionReport(session, SessionStatus.EXPIRED, REFRESH_TOKEN_EXPIRED,
                    "Session refresh token expired at " + refreshTokenExpiresAt,
                    principal, team, refreshTokenExpiresAt, storageBackend);
        }
        if (team == null) {
            return new SessionReport(session, SessionStatus.NO_PRIVATE_TEAMSPACE, NO_PRIVATE_TEAMSPACE,
                    "Session has no private teamspace", principal, null, refreshTokenExpiresAt, storageBackend);
        }
        return new SessionReport(session, SessionStatus.VALID, null, null,
                principal, team, refreshTokenExpiresAt, storageBackend);
    }

    private static SessionReport rejected(Path session, String reasonCode, String diagnostic) {
        return new SessionReport(session, SessionStatus.REJECTED, reasonCode, diagnostic, null, null, null, null);
    }
}
