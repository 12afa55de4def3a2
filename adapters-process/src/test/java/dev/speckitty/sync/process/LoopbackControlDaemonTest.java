package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The control requests against a loopback server that checks the token like the daemon does (daemon.md §6.3). */
class LoopbackControlDaemonTest {
    private static final ControlToken TOKEN = new ControlToken("0123456789abcdef0123456789abcdef");
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final ControlDaemon control = ProcessAdapters.controlDaemon();

    private static HttpServer daemon(AtomicReference<String> seen) throws IOException {
        HttpServer server = SyncRangeServers.bindFree(port ->
                HttpServer.create(new InetSocketAddress(LoopbackHttp.LOOPBACK, port), 0));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Host") + " " + body);
            boolean valid = body.equals("{\"token\":\"" + TOKEN.value() + "\"}");
            String path = exchange.getRequestURI().getPath();
            int status = !valid ? 403 : path.equals("/api/shutdown") ? 200 : 202;
            byte[] reply = (valid ? "{\"status\":\"ok\"}" : "{\"error\":\"invalid_token\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply);
            }
        });
        server.start();
        return server;
    }

    @Test
    void shutdownAndTriggerCarryTheTokenInTheBody() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        HttpServer server = daemon(seen);
        try {
            SyncPort port = new SyncPort(server.getAddress().getPort());
            ControlDaemon.Outcome shutdown = control.shutdown(port, TOKEN, TIMEOUT);
            assertEquals(ControlDaemon.Reply.ACCEPTED, shutdown.reply());
            assertEquals("POST /api/shutdown 127.0.0.1:" + port.value() + " {\"token\":\"" + TOKEN.value() + "\"}",
                    seen.get());
            assertFalse(shutdown.reason().contains(TOKEN.value()));
            assertEquals(new ControlDaemon.Outcome(ControlDaemon.Reply.ACCEPTED, 202, "HTTP status 202"),
                    control.triggerSync(port, TOKEN, TIMEOUT));
            assertEquals(ControlDaemon.Reply.INVALID_TOKEN,
                    control.shutdown(port, new ControlToken("f".repeat(32)), TIMEOUT).reply());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aClosedPortFails() throws Exception {
        java.net.ServerSocket socket = SyncRangeServers.silent();
        socket.close();
        ControlDaemon.Outcome outcome = control.shutdown(new SyncPort(socket.getLocalPort()), TOKEN, TIMEOUT);
        assertEquals(ControlDaemon.Reply.FAILED, outcome.reply());
        assertEquals(0, outcome.status());
    }
}
