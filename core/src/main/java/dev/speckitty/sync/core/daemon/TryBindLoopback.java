package dev.speckitty.sync.core.daemon;

/**
 * The trial bind of port allocation (daemon.md §3.2 step 3): binds {@code 127.0.0.1:<port>} with
 * {@code SO_REUSEADDR} and closes the socket at once. Only ports of the sync range can be tried.
 */
public interface TryBindLoopback {

    /** Whether the bind succeeded (the port was free to bind a moment ago; nothing is held afterwards). */
    boolean canBind(SyncPort port);
}
