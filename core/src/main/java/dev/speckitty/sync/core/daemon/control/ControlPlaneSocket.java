package dev.speckitty.sync.core.daemon.control;

/** A bound control-plane port. */
public interface ControlPlaneSocket extends AutoCloseable {

    int port();

    /** Starts answering requests through {@code requests}; at most once. */
    void serve(ControlRequests requests);

    /**
     * Stops accepting requests and closes the listening socket; connections still open are closed. Idempotent;
     * after it returns the port can be bound again.
     */
    @Override
    void close();
}
