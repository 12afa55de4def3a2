package dev.speckitty.sync.core.daemon.control;

/**
 * The daemon's HTTP control plane on the loopback interface (daemon.md §6). Binding and serving are two steps, so
 * the daemon writes its owner record after the bind and before the first request is served (§5.1 steps 4–6).
 */
public interface ServeControlPlane {

    /**
     * Binds {@code 127.0.0.1:<port>} (never a wildcard or IPv6 address); nothing is served yet.
     *
     * @throws ControlPlaneBindException when the port cannot be bound (in use, not permitted, …)
     */
    ControlPlaneSocket bind(int port) throws ControlPlaneBindException;
}
