package dev.speckitty.sync.core.daemon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ServeControlPlane} does with requests and ports, whatever the transport: bind then serve, pass
 * method, path (without query) and Host through, return the handler's status, report the response as sent, and
 * release the port on close. Subclassed for the in-memory fake and for the JDK HTTP server.
 */
public abstract class ServeControlPlaneContract {

    protected abstract ServeControlPlane plane();

    /** A port nothing listens on. */
    protected abstract int freePort() throws Exception;

    /** Makes {@code port} taken by someone else for the rest of the test. */
    protected abstract void takeElsewhere(int port) throws Exception;

    /**
     * {@code GET <pathAndQuery>} to {@code 127.0.0.1:<port>} with {@code Host: 127.0.0.1:<port>}; the response
     * status, or empty when nothing answers.
     */
    protected abstract Optional<Integer> get(int port, String pathAndQuery) throws Exception;

    /** Answers 418 {@code {"error":"teapot"}} and records what it saw. */
    private static final class Recording implements ControlRequests {
        final List<ControlRequest> requests = new ArrayList<>();
        final List<ControlResponse> sent = new ArrayList<>();
        final CountDownLatch sentLatch = new CountDownLatch(1);

        @Override
        public synchronized ControlResponse handle(ControlRequest request) {
            requests.add(request);
            return ControlResponse.error(418, "teapot");
        }

        @Override
        public synchronized void responseSent(ControlResponse response) {
            sent.add(response);
            sentLatch.countDown();
        }
    }

    @Test
    void aBoundPortServesThroughTheHandler() throws Exception {
        int port = freePort();
        Recording handler = new Recording();
        try (ControlPlaneSocket socket = plane().bind(port)) {
            assertEquals(port, socket.port());
            socket.serve(handler);
            assertEquals(Optional.of(418), get(port, "/api/health?verbose=1"));
            assertTrue(handler.sentLatch.await(5, TimeUnit.SECONDS), "responseSent follows the response");
        }
        synchronized (handler) {
            assertEquals(1, handler.requests.size());
            ControlRequest request = handler.requests.get(0);
            assertEquals("GET", request.method());
            assertEquals("/api/health", request.path());
            assertEquals(List.of("127.0.0.1:" + port), request.hostHeaders());
            assertEquals(new RequestBody.NotRead(), request.body());
            assertEquals(List.of(ControlResponse.error(418, "teapot")), handler.sent);
        }
    }

    @Test
    void aPortTakenElsewhereCannotBeBound() throws Exception {
        int port = freePort();
        takeElsewhere(port);
        assertThrows(ControlPlaneBindException.class, () -> plane().bind(port));
    }

    @Test
    void aPortCannotBeBoundTwice() throws Exception {
        int port = freePort();
        try (ControlPlaneSocket first = plane().bind(port)) {
            assertThrows(ControlPlaneBindException.class, () -> plane().bind(port));
        }
    }

    @Test
    void closingReleasesThePortAndIsIdempotent() throws Exception {
        int port = freePort();
        ControlPlaneSocket socket = plane().bind(port);
        socket.serve(new Recording());
        socket.close();
        socket.close();
        assertEquals(Optional.empty(), get(port, "/api/health"));
        try (ControlPlaneSocket again = plane().bind(port)) {
            again.serve(new Recording());
            assertEquals(Optional.of(418), get(port, "/api/health"));
        }
    }
}
