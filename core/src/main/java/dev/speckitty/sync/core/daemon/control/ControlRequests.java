package dev.speckitty.sync.core.daemon.control;

/**
 * What a control-plane server calls for every well-formed request: the daemon's side of daemon.md §6. The server
 * renders the response, flushes and closes the exchange, and only then calls {@link #responseSent}, which is where
 * the graceful stop of {@code /api/shutdown} starts.
 */
public interface ControlRequests {

    /** Never throws for a request, however odd; an unexpected failure is a 500 {@code internal_error}. */
    ControlResponse handle(ControlRequest request);

    /** The response to a request has been written and flushed (or the client went away meanwhile). */
    void responseSent(ControlResponse response);
}
