package dev.speckitty.sync.core.daemon;

/**
 * The {@code owner} object of a health response (daemon.md §7.1): the daemon's in-memory owner record without
 * its token (the daemon sends {@code "<redacted>"}, which is not kept). Every component is null when the key is
 * absent or holds another JSON type; pid and port are kept only when they are JSON integers.
 */
public record HealthOwner(
        Long pid,
        Long port,
        String packageVersion,
        String executablePath,
        String sourceCheckoutPath,
        String serverUrl,
        String authPrincipal,
        String authTeam,
        String authScope,
        String queueDbPath,
        String startedAt) {

    /** Whether the self-reported pid and port are exactly these (cleanup.md §4 key 15, daemon.md §7.2). */
    public boolean names(long listenerPid, int listenerPort) {
        return pid != null && pid == listenerPid && port != null && port == listenerPort;
    }
}
