package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What the credentials file says, trimmed, never carrying its {@code [tokens]}. {@code teamSlug} is null when
 * absent (the effective team {@code no-team} is applied by the resolver). Diagnostics per cleanup.md §10.2.
 */
public record CredentialsReport(
        Path path,
        CredentialsStatus status,
        String diagnostic,
        String username,
        String teamSlug,
        String serverUrl) {

    public CredentialsReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
    }

    public static CredentialsReport absent(Path path) {
        return new CredentialsReport(path, CredentialsStatus.ABSENT, null, null, null, null);
    }

    public boolean present() {
        return status != CredentialsStatus.ABSENT;
    }
}
