package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.control.ControlPlaneBindException;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.daemon.control.ControlRequest;
import dev.speckitty.sync.core.daemon.control.ControlRequests;
import dev.speckitty.sync.core.daemon.control.ControlResponse;
import dev.speckitty.sync.core.daemon.control.ServeControlPlane;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Control-plane ports kept in memory: a port is bound by at most one socket, ports can be marked as taken by
 * "another process", and {@link #send} delivers a request to whatever serves a port, like a client would.
 */
public final class InMemoryControlPlane implements ServeControlPlane {
    /** The reason the JDK gives for a port in use. */
    public static final String IN_USE = "Address already in use";

    private final Map<Integer, Socket> bound = new HashMap<>();
    private final Set<Integer> takenElsewhere = new HashSet<>();

    /** Another process listens on {@code port}: binding it fails. */
    public synchronized InMemoryControlPlane takenElsewhere(int port) {
        takenElsewhere.add(port);
        return this;
    }

    @Override
    public synchronized ControlPlaneSocket bind(int port) throws ControlPlaneBindException {
        if (takenElsewhere.contains(port) || bound.containsKey(port)) {
            throw new ControlPlaneBindException(IN_USE, null);
        }
        Socket socket = new Socket(port);
        bound.put(port, socket);
        return socket;
    }

    public synchronized boolean isBound(int port) {
        return bound.containsKey(port);
    }

    /**
     * The response of whatever serves {@code port}, after which the server is told the response was sent; empty when
     * the port is not bound or bound but not serving yet (a real client would hang or be refused).
     */
    public Optional<ControlResponse> send(int port, ControlRequest request) {
        ControlRequests requests;
        synchronized (this) {
            Socket socket = bound.get(port);
            if (socket == null || socket.requests == null) {
                return Optional.empty();
            }
            requests = socket.requests;
        }
        ControlResponse response = requests.handle(request);
        requests.responseSent(response);
        return Optional.of(response);
    }

    private final class Socket implements ControlPlaneSocket {
        private final int port;
        private ControlRequests requests;
        private boolean closed;

        Socket(int port) {
            this.port = port;
        }

        @Override
        public int port() {
            return port;
        }

        @Override
        public void serve(ControlRequests handler) {
            synchronized (InMemoryControlPlane.this) {
                if (requests != null) {
                    throw new IllegalStateException("already serving");
                }
                requests = handler;
            }
        }

        @Override
        public void close() {
            synchronized (InMemoryControlPlane.this) {
                if (!closed) {
                    closed = true;
                    bound.remove(port, this);
                }
            }
        }
    }
}
