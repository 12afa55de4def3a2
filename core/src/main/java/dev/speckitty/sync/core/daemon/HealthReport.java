package dev.speckitty.sync.core.daemon;

import java.util.OptionalLong;

/**
 * A health response that was a JSON object (daemon.md §7, cleanup.md §3.1 step 2), read leniently: every
 * component is null when its key is absent or holds another JSON type, and integers are kept only when the
 * JSON number is an integer literal ({@code 1}, not {@code 1.0}). A top-level {@code token} (the reference
 * leaks one) is never kept.
 *
 * @param daemonFamilyNotAString true when {@code daemon_family} is present but not a string; such a response
 *        fails the health probe, which accepts only an absent family or {@code "sync"}
 */
public record HealthReport(
        String status,
        String daemonFamily,
        boolean daemonFamilyNotAString,
        String singletonScopeId,
        Long protocolVersion,
        String packageVersion,
        SyncActivity sync,
        String websocketStatus,
        HealthOwner owner) {

    public static final String SYNC_FAMILY = "sync";
    public static final long PROTOCOL_VERSION = 1;

    public HealthReport {
        if (daemonFamilyNotAString && daemonFamily != null) {
            throw new IllegalArgumentException("a daemon family that is not a string has no string value");
        }
    }

    /**
     * The success rule of a foreground health probe of {@code port} (daemon.md §7.2), given that the response
     * was HTTP 200 with this JSON object: status {@code "ok"}, protocol version the integer 1, family absent or
     * {@code "sync"}, and, when a pid is expected and the {@code owner} object is present, owner pid and port
     * equal to the expected ones.
     */
    public boolean passesProbe(int port, OptionalLong expectedPid) {
        if (!"ok".equals(status) || protocolVersion == null || protocolVersion != PROTOCOL_VERSION) {
            return false;
        }
        if (daemonFamilyNotAString || (daemonFamily != null && !SYNC_FAMILY.equals(daemonFamily))) {
            return false;
        }
        return expectedPid.isEmpty() || owner == null || owner.names(expectedPid.getAsLong(), port);
    }
}
