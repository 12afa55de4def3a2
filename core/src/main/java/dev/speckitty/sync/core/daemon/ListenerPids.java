package dev.speckitty.sync.core.daemon;

import java.util.OptionalLong;

/**
 * Port → pid of the process listening on it, reachable through 127.0.0.1 (cleanup.md §3.2). When several
 * processes hold the listening socket the lowest pid wins. Read-only; nothing is connected or signalled, so any
 * port 1–65535 may be asked about (an owner record may name a port outside the sync range).
 */
public interface ListenerPids {
    /** The listener's pid, or empty when nothing listens there or the pid cannot be determined. */
    OptionalLong listenerPid(int port);
}
