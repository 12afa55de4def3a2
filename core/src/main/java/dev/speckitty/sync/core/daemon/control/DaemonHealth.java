package dev.speckitty.sync.core.daemon.control;

import dev.speckitty.sync.core.daemon.OwnerRecord;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code GET /api/health} reports (daemon.md §7.1). The constant members ({@code status}, {@code daemon_family},
 * {@code protocol_version}, {@code websocket_status}) are fixed here; the owner block is the daemon's in-memory
 * record, rendered with its token replaced by {@code "<redacted>"}. There is no top-level token.
 *
 * @param singletonScopeId    the daemon scope root (canonical {@code <R>})
 * @param syncRunning         the in-flight flag of daemon.md §13.2
 * @param lastSync            microseconds-form completion time of the last successful pass, if any
 * @param consecutiveFailures consecutive failed passes since the last success
 */
public record DaemonHealth(String singletonScopeId, String packageVersion, boolean syncRunning,
                           Optional<String> lastSync, long consecutiveFailures, OwnerRecord owner) {

    public static final String STATUS = "ok";
    public static final String DAEMON_FAMILY = "sync";
    public static final int PROTOCOL_VERSION = 1;
    /** This product has no WebSocket client. */
    public static final String WEBSOCKET_STATUS = "Offline";

    public DaemonHealth {
        Objects.requireNonNull(singletonScopeId, "singletonScopeId");
        Objects.requireNonNull(packageVersion, "packageVersion");
        Objects.requireNonNull(lastSync, "lastSync");
        Objects.requireNonNull(owner, "owner");
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("consecutiveFailures must be >= 0");
        }
    }
}
