package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProbeLoopbackContract;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.OpenPort;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SocketProbeLoopbackTest extends ProbeLoopbackContract {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private final ProbeLoopback probe = ProcessAdapters.probeLoopback();
    private final AtomicReference<String> lastHost = new AtomicReference<>();

    @Override
    protected ProbeLoopback probe() {
        return probe;
    }

    private OpenPort open(HttpServer server) {
        return new OpenPort(server.getAddress().getPort(), ProcessHandle.current().pid(), () -> server.stop(0));
    }

    private static OpenPort open(ServerSocket socket) {
        return new OpenPort(socket.getLocalPort(), ProcessHandle.current().pid(), socket);
    }

    @Override
    protected OpenPort serveHealth(HealthReport report) throws Exception {
        return open(SyncRangeServers.http(200, SyncRangeServers.json(report), lastHost));
    }

    @Override
    protected OpenPort serveNonObjectHealth() throws Exception {
        return open(SyncRangeServers.http(200, "[{\"status\":\"ok\"}]", lastHost));
    }

    @Override
    protected OpenPort serveSilence() throws Exception {
        return open(SyncRangeServers.silent());
    }

    @Override
    protected SyncPort closedPort() throws Exception {
        ServerSocket socket = SyncRangeServers.silent();
        socket.close();
        return new SyncPort(socket.getLocalPort());
    }

    private HealthProbe healthOf(HttpServer server) {
        try {
            return probe.health(new SyncPort(server.getAddress().getPort()), TIMEOUT);
        } finally {
            server.stop(0);
        }
    }

    private HealthProbe healthOfRaw(String response) throws IOException {
        try (ServerSocket server = SyncRangeServers.raw(response.getBytes(StandardCharsets.UTF_8))) {
            return probe.health(new SyncPort(server.getLocalPort()), TIMEOUT);
        }
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = SocketProbeLoopbackTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theHostHeaderNamesTheLoopbackAddressAndPort() throws Exception {
        HttpServer server = SyncRangeServers.http(200, "{\"status\":\"ok\"}", lastHost);
        int port = server.getAddress().getPort();
        assertInstanceOf(HealthProbe.Responded.class, healthOf(server));
        assertEquals("127.0.0.1:" + port, lastHost.get());
    }

    @Test
    void theReferenceDaemonsHttp10AnswerWithoutLengthIsRead() throws Exception {
        String body = fixture("health-python-daemon.json");
        HealthProbe probed = healthOfRaw("HTTP/1.0 200 OK\r\nServer: BaseHTTP/0.6 Python/3.12\r\n"
                + "Content-type: application/json\r\nCache-Control: no-cache\r\n\r\n" + body);
        HealthReport report = assertInstanceOf(HealthProbe.Responded.class, probed).report();
        assertEquals(424242L, report.owner().pid());
        assertEquals("2026-05-18T09:41:07.532118+00:00", report.sync().lastSync());
    }

    @Test
    void aChunkedBodyIsReassembled() throws Exception {
        HealthProbe probed = healthOfRaw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "7\r\n{\"statu\r\n" + "9;ext=1\r\ns\":\"ok\"}\r\n" + "0\r\n\r\n");
        assertEquals("ok", assertInstanceOf(HealthProbe.Responded.class, probed).report().status());
    }

    @Test
    void anythingButStatus200IsNoResponse() throws Exception {
        HealthProbe probed = healthOf(SyncRangeServers.http(503, "{\"status\":\"ok\"}", lastHost));
        assertEquals(new HealthProbe.NotResponded("HTTP status 503"), probed);
    }

    @Test
    void bodiesThatAreNotStrictJsonObjectsAreNoResponse() throws Exception {
        for (String body : new String[] {"", "{\"status\":\"ok\"} trailing", "{'status':'ok'}", "{\"status\":\"ok\"",
            "{\"a\":NaN}", "/* c */ {}", "null"}) {
            assertInstanceOf(HealthProbe.NotResponded.class, healthOf(SyncRangeServers.http(200, body, lastHost)), body);
        }
        assertInstanceOf(HealthProbe.NotResponded.class,
                healthOfRaw("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n\u00ff}"), "not UTF-8 after re-encoding");
    }

    @Test
    void malformedResponsesAreNoResponse() throws Exception {
        assertInstanceOf(HealthProbe.NotResponded.class, healthOfRaw("SSH-2.0-OpenSSH_9.2\r\n\r\n"));
        assertInstanceOf(HealthProbe.NotResponded.class, healthOfRaw("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n{}"));
        assertInstanceOf(HealthProbe.NotResponded.class, healthOfRaw("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n{}"));
        assertInstanceOf(HealthProbe.NotResponded.class, healthOfRaw("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
    }

    @Test
    void aTrickleOfBytesCannotOutlastTheTimeout() throws Exception {
        try (ServerSocket server = SyncRangeServers.raw("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n{".getBytes(StandardCharsets.UTF_8))) {
            long started = System.nanoTime();
            HealthProbe probed = probe.health(new SyncPort(server.getLocalPort()), Duration.ofMillis(300));
            assertInstanceOf(HealthProbe.NotResponded.class, probed);
            assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1500);
        }
    }
}
