package dev.speckitty.sync.core.daemon;

import dev.speckitty.sync.core.time.IsoTimestamps;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The owner record {@code <R>/sync/daemon/owner.json} (on-disk.md §8.4): the 12 keys a daemon writes after
 * binding its port. The three {@code auth*} fields are null when the daemon was unauthenticated. The token is
 * kept (it authenticates {@code /api/shutdown}) but {@link #toString()} leaves it out.
 */
public record OwnerRecord(
        String authPrincipal,
        String authScope,
        String authTeam,
        String executablePath,
        String packageVersion,
        long pid,
        int port,
        String queueDbPath,
        String serverUrl,
        String sourceCheckoutPath,
        String startedAt,
        ControlToken token) {

    public static final int MAX_PORT = 65535;

    public OwnerRecord {
        Objects.requireNonNull(executablePath, "executablePath");
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(queueDbPath, "queueDbPath");
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(sourceCheckoutPath, "sourceCheckoutPath");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(token, "token");
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be > 0, was " + pid);
        }
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException("port must be in 1-65535, was " + port);
        }
    }

    /** Whether this record is the one of the daemon with this pid and port (compare-and-delete, daemon.md §8). */
    public boolean names(long otherPid, int otherPort) {
        return pid == otherPid && port == otherPort;
    }

    /** {@code started_at} as an instant; empty when the text is in no form of on-disk.md §1.3. */
    public Optional<Instant> startedAtInstant() {
        return IsoTimestamps.parse(startedAt);
    }

    /** The same record with another executable path (readers store it canonicalised, on-disk.md §8.5). */
    public OwnerRecord withExecutablePath(String canonicalExecutablePath) {
        return new OwnerRecord(authPrincipal, authScope, authTeam, canonicalExecutablePath, packageVersion, pid, port,
                queueDbPath, serverUrl, sourceCheckoutPath, startedAt, token);
    }

    @Override
    public String toString() {
        return "OwnerRecord[pid=" + pid + ", port=" + port + ", packageVersion=" + packageVersion
                + ", executablePath=" + executablePath + ", sourceCheckoutPath=" + sourceCheckoutPath
                + ", serverUrl=" + serverUrl + ", authPrincipal=" + authPrincipal + ", authTeam=" + authTeam
                + ", authScope=" + authScope + ", queueDbPath=" + queueDbPath + ", startedAt=" + startedAt + "]";
    }
}
