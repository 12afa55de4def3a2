package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the session files say (on-disk.md §5.4), never carrying tokens. Nullable fields are null when the
 * status does not provide them. {@code reasonCode} and {@code diagnostic} are null for absent and valid.
 * {@code email} and {@code privateTeamId} are present only when the payload decrypted and parsed.
 */
public record SessionReport(
        Path path,
        SessionStatus status,
        String reasonCode,
        String diagnostic,
        String email,
        String privateTeamId,
        String refreshTokenExpiresAt,
        String storageBackend) {

    public SessionReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    public static SessionReport absent(Path path) {
        return new SessionReport(path, SessionStatus.ABSENT, null, null, null, null, null, null);
    }

    public boolean present() {
        return status != SessionStatus.ABSENT;
    }

    /** A diagnostic worth one [WARN] line per process: every status but absent and valid (clarifications #8). */
    public boolean warrantsWarning() {
        return status != SessionStatus.ABSENT && status != SessionStatus.VALID;
    }
}
