package dev.speckitty.sync.core.daemon.lifecycle;

import java.time.Duration;

/** The client timeouts and waits of daemon.md §1 and §15, in one place. */
public final class DaemonTimeouts {
    /** One health probe of the recorded daemon, of a starting daemon, or before a signal. */
    public static final Duration HEALTH_PROBE = Duration.ofMillis(500);
    /** The health check of §7.3: this many failed probes, this far apart, before "not healthy". */
    public static final int UNHEALTHY_PROBES = 3;
    public static final Duration UNHEALTHY_PROBE_GAP = Duration.ofMillis(250);
    /** The startup health wait (§3.2 step 6) and the most time between two of its probes. */
    public static final Duration HEALTH_WAIT = Duration.ofSeconds(21);
    public static final Duration HEALTH_WAIT_PROBE_SPACING = Duration.ofMillis(250);
    /** Respawns on the next free port after the child exits with code 3 during the health wait. */
    public static final int PORT_RETRY_LIMIT = 3;
    /** The connect check of port allocation and port-closed polling. */
    public static final Duration CONNECT_CHECK = Duration.ofMillis(50);
    /** {@code POST /api/shutdown} and {@code POST /api/sync/trigger}. */
    public static final Duration CONTROL_REQUEST = Duration.ofSeconds(1);
    /** After {@code /api/shutdown}: health probes of 0.2 s every 0.05 s, at most 5 s in all. */
    public static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(5);
    public static final Duration SHUTDOWN_POLL_PROBE = Duration.ofMillis(200);
    /** Polling interval of every wait for a process or a port. */
    public static final Duration POLL = Duration.ofMillis(50);
    /** Signal escalation (§11.3). */
    public static final Duration TERMINATE_WAIT = Duration.ofSeconds(1);
    public static final Duration KILL_WAIT = Duration.ofSeconds(1);
    public static final Duration PORT_CLOSE_WAIT = Duration.ofSeconds(1);
    /** How long a stop waits for the daemon to remove its own owner record (§12.1 step 3). */
    public static final Duration OWNER_REMOVAL_WAIT = Duration.ofSeconds(1);
    /** Graceful-then-forcible end of a child through its own handle (§3.2 steps 6–7). */
    public static final Duration CHILD_TERMINATE_GRACE = Duration.ofSeconds(1);

    private DaemonTimeouts() {
    }
}
