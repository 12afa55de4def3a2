package dev.speckitty.sync.core.boundary;

import java.util.Objects;

/**
 * The fields of a readable owner record (on-disk.md §8.4) that reports show; the token is deliberately not
 * here (cli.md §1.8). Auth fields are null when the daemon was unauthenticated.
 */
public record OwnerRecordFields(
        long pid,
        int port,
        String packageVersion,
        String executablePath,
        String sourceCheckoutPath,
        String serverUrl,
        String authPrincipal,
        String authTeam,
        String authScope,
        String queueDbPath,
        String startedAt) {

    public OwnerRecordFields {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be positive: " + pid);
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(executablePath, "executablePath");
        Objects.requireNonNull(sourceCheckoutPath, "sourceCheckoutPath");
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(queueDbPath, "queueDbPath");
        Objects.requireNonNull(startedAt, "startedAt");
    }
}
