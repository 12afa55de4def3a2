package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlDaemonContract;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.OpenPort;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class HttpControlDaemonTest extends ControlDaemonContract {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final ControlDaemon control = ProcessAdapters.controlDaemon();
    private final AtomicReference<String> lastRequest = new AtomicReference<>();

    @Override
    protected ControlDaemon control() {
        return control;
    }

    @Override
    protected OpenPort serveDaemon(ControlToken token) throws Exception {
        HttpServer server = SyncRangeServers.controlPlane(token.value(), lastRequest);
        return new OpenPort(server.getAddress().getPort(), ProcessHandle.current().pid(), () -> server.stop(0));
    }

    @Override
    protected SyncPort closedPort() throws Exception {
        ServerSocket socket = SyncRangeServers.silent();
        socket.close();
        return new SyncPort(socket.getLocalPort());
    }

    @Test
    void theRequestIsAJsonPostToTheLoopbackHostWithTheTokenInTheBodyOnly() throws Exception {
        try (OpenPort daemon = serveDaemon(TOKEN)) {
            control.triggerSync(new SyncPort(daemon.port()), TOKEN, TIMEOUT);
            assertEquals("POST /api/sync/trigger Host=127.0.0.1:" + daemon.port() + " Content-Type=application/json"
                    + " {\"token\":\"" + TOKEN.value() + "\"}", lastRequest.get());
        }
    }

    @Test
    void anyOtherStatusIsAFailureNamingIt() throws Exception {
        HttpServer server = SyncRangeServers.http(500, "{\"error\":\"internal_error\"}", new AtomicReference<>());
        try {
            ControlDaemon.Outcome outcome = control.triggerSync(new SyncPort(server.getAddress().getPort()), TOKEN,
                    TIMEOUT);
            assertEquals(new ControlDaemon.Outcome(ControlDaemon.Reply.FAILED, 500, "HTTP status 500 (internal_error)"),
                    outcome);
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aForbiddenHostIsNotATokenProblem() throws Exception {
        HttpServer server = SyncRangeServers.http(403, "{\"error\":\"invalid_host\"}", new AtomicReference<>());
        try {
            assertEquals(new ControlDaemon.Outcome(ControlDaemon.Reply.FAILED, 403, "HTTP status 403 (invalid_host)"),
                    control.shutdown(new SyncPort(server.getAddress().getPort()), TOKEN, TIMEOUT));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSilentDaemonTimesOut() throws Exception {
        try (ServerSocket silent = SyncRangeServers.silent()) {
            ControlDaemon.Outcome outcome = control.triggerSync(new SyncPort(silent.getLocalPort()), TOKEN,
                    Duration.ofMillis(300));
            assertEquals(ControlDaemon.Reply.FAILED, outcome.reply());
            assertEquals(0, outcome.status());
        }
    }

    @Test
    void theReferenceDaemonsBareForbiddenAnswerIsATokenRejection() throws Exception {
        try (ServerSocket server = SyncRangeServers.raw(("HTTP/1.0 403 Forbidden\r\n"
                + "Content-type: application/json\r\n\r\n{\"error\": \"Invalid token\"}").getBytes(StandardCharsets.UTF_8))) {
            ControlDaemon.Outcome outcome = control.shutdown(new SyncPort(server.getLocalPort()), TOKEN, TIMEOUT);
            assertEquals(new ControlDaemon.Outcome(ControlDaemon.Reply.INVALID_TOKEN, 403, "HTTP status 403"), outcome);
        }
    }
}
