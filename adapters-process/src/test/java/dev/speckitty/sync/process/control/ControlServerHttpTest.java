package dev.speckitty.sync.process.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.control.ControlPlane;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.daemon.control.DaemonActions;
import dev.speckitty.sync.core.daemon.control.DaemonHealth;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP contract of daemon.md §6–§7 and clarifications #20, #31 against the real JDK server with the daemon's
 * control-plane rules behind it: every route and status, the exact headers, the Host and token checks, body limits and
 * malformed HTTP, on a free loopback port of this helper's band.
 */
class ControlServerHttpTest {
    private static final String TOKEN = "3f9a0c5e8d7b6a5f4e3d2c1b0a998877";

    /** Records the calls; the health owner block comes from a real-looking record. */
    private static final class RecordingDaemon implements DaemonActions {
        final List<String> calls = new ArrayList<>();
        final CountDownLatch shutdown = new CountDownLatch(1);
        OwnerRecord record;

        @Override
        public synchronized DaemonHealth health() {
            calls.add("health");
            return new DaemonHealth("/home/alice/root", "3.2.4", false, Optional.empty(), 2, record);
        }

        @Override
        public synchronized void recordActivity() {
            calls.add("activity");
        }

        @Override
        public synchronized void triggerSync() {
            calls.add("trigger");
        }

        @Override
        public synchronized void shutdown() {
            calls.add("shutdown");
            shutdown.countDown();
        }

        synchronized List<String> calls() {
            return List.copyOf(calls);
        }
    }

    private final RecordingDaemon daemon = new RecordingDaemon();
    private final RecordingOperatorLog log = new RecordingOperatorLog();
    private ControlPlaneSocket socket;
    private int port;

    @BeforeEach
    void serve() throws Exception {
        port = RawHttp.freeOwnPort();
        daemon.record = new OwnerRecord(null, null, null, "/opt/sk/lib/spec-kitty-sync.jar", "3.2.4", 4242, port,
                "/home/alice/root/queue.db", "https://spec-kitty-dev.fly.dev", "/opt/sk", "2026-05-17T16:42:00+00:00",
                new ControlToken(TOKEN));
        socket = ControlPlanes.loopbackHttp().bind(port);
        socket.serve(new ControlPlane(port, new ControlToken(TOKEN), daemon, log));
    }

    @AfterEach
    void close() {
        socket.close();
    }

    private RawHttp.Response get(String target) throws IOException {
        return RawHttp.send(port, "GET", target, null).orElseThrow();
    }

    private RawHttp.Response post(String target, String json) throws IOException {
        return RawHttp.postJson(port, target, json).orElseThrow();
    }

    private String tokenBody() {
        return "{\"token\":\"" + TOKEN + "\"}";
    }

    /** daemon.md §6.1, clarifications #20: the four headers on every routed response, exactly. */
    private static void assertRoutedHeaders(RawHttp.Response response) {
        assertEquals(List.of("application/json"), response.header("Content-Type"));
        assertEquals(List.of("no-cache"), response.header("Cache-Control"));
        assertEquals(List.of(Integer.toString(response.body().length)), response.header("Content-Length"));
        assertEquals(List.of("close"), response.header("Connection"));
    }

    private static void assertJson(int status, String json, RawHttp.Response response) {
        assertEquals(status, response.status(), response::bodyText);
        assertEquals(json, response.bodyText());
        assertRoutedHeaders(response);
    }

    @Test
    void healthIsTheExactPayloadWithoutAnyToken() throws IOException {
        RawHttp.Response response = get("/api/health");
        assertEquals(200, response.status());
        assertRoutedHeaders(response);
        JsonObject health = JsonParser.parseString(response.bodyText()).getAsJsonObject();
        assertEquals(Set.of("status", "daemon_family", "singleton_scope_id", "protocol_version", "package_version",
                "sync", "websocket_status", "owner"), health.keySet());
        assertEquals(JsonParser.parseString("{\"status\":\"ok\",\"daemon_family\":\"sync\","
                + "\"singleton_scope_id\":\"/home/alice/root\",\"protocol_version\":1,\"package_version\":\"3.2.4\","
                + "\"sync\":{\"running\":false,\"last_sync\":null,\"consecutive_failures\":2},"
                + "\"websocket_status\":\"Offline\",\"owner\":{\"auth_principal\":null,\"auth_scope\":null,"
                + "\"auth_team\":null,\"executable_path\":\"/opt/sk/lib/spec-kitty-sync.jar\",\"package_version\":\"3.2.4\","
                + "\"pid\":4242,\"port\":" + port + ",\"queue_db_path\":\"/home/alice/root/queue.db\","
                + "\"server_url\":\"https://spec-kitty-dev.fly.dev\",\"source_checkout_path\":\"/opt/sk\","
                + "\"started_at\":\"2026-05-17T16:42:00+00:00\",\"token\":\"<redacted>\"}}"), health);
        assertTrue(response.bodyText().contains("\"<redacted>\""), "no HTML escaping");
        assertFalse(response.bodyText().contains(TOKEN));
        assertFalse(response.bodyText().contains("\n"), "compact JSON");
        assertEquals(List.of("health"), daemon.calls());
    }

    @Test
    void aQueryStringIsIgnoredForMatching() throws IOException {
        assertEquals(200, get("/api/health?x=1&token=" + TOKEN).status());
    }

    @Test
    void shutdownAnswersThenAsksTheDaemonToStop() throws Exception {
        assertJson(200, "{\"status\":\"stopping\"}", post("/api/shutdown", tokenBody()));
        assertTrue(daemon.shutdown.await(5, TimeUnit.SECONDS));
        assertEquals(List.of("activity", "shutdown"), daemon.calls());
    }

    @Test
    void triggerIsAccepted() throws IOException {
        assertJson(202, "{\"status\":\"scheduled\"}", post("/api/sync/trigger", tokenBody()));
        assertEquals(List.of("activity", "trigger"), daemon.calls());
    }

    @Test
    void otherMembersOfTheBodyAreIgnored() throws IOException {
        assertJson(202, "{\"status\":\"scheduled\"}", post("/api/sync/trigger",
                "{\"migration_id\":\"m-1\",\"token\":\"" + TOKEN + "\",\"phase\":{\"n\":[1,2,null]},\"x\":true}"));
    }

    @Test
    void everyOtherMethodOrPathIsNotFound() throws IOException {
        for (String[] request : new String[][] {{"GET", "/api/sync/trigger"}, {"GET", "/api/shutdown"},
                {"POST", "/api/health"}, {"GET", "/api/health/"}, {"POST", "/api/shutdown/"},
                {"POST", "/api/sync/trigger/"}, {"GET", "/"}, {"PUT", "/api/shutdown"}, {"DELETE", "/api/health"},
                {"OPTIONS", "/api/health"}, {"GET", "/api/health%20"}, {"PATCH", "/api/sync/trigger"}}) {
            byte[] body = request[0].equals("GET") ? null : tokenBody().getBytes(StandardCharsets.UTF_8);
            RawHttp.Response response = RawHttp.send(port, request[0], request[1], body).orElseThrow();
            assertJson(404, "{\"error\":\"not_found\"}", response);
        }
        assertEquals(List.of(), daemon.calls());
    }

    @Test
    void headIsNotFoundWithNoBody() throws IOException {
        for (String path : List.of("/api/health", "/api/shutdown", "/elsewhere")) {
            RawHttp.Response response = RawHttp.send(port, "HEAD", path, null).orElseThrow();
            assertEquals(404, response.status());
            assertEquals(0, response.body().length);
        }
        assertEquals(List.of(), daemon.calls());
    }

    @Test
    void onlyLoopbackHostHeadersAreServed() throws IOException {
        for (String host : List.of("evil.example.com", "evil.example.com:" + port, "127.0.0.1", "127.0.0.1:1",
                "localhost", "[::1]:" + port, "0.0.0.0:" + port)) {
            assertJson(403, "{\"error\":\"invalid_host\"}", RawHttp.send(port, "GET", "/api/health", host, null).orElseThrow());
            assertJson(403, "{\"error\":\"invalid_host\"}", RawHttp.send(port, "POST", "/api/shutdown", host,
                    tokenBody().getBytes(StandardCharsets.UTF_8)).orElseThrow());
        }
        RawHttp.Response http10 = RawHttp.exchange(port, "GET /api/health HTTP/1.0\r\n\r\n").orElseThrow();
        assertJson(403, "{\"error\":\"invalid_host\"}", http10);
        assertEquals(List.of(), daemon.calls());
        assertEquals(200, RawHttp.send(port, "GET", "/api/health", "localhost:" + port, null).orElseThrow().status());
    }

    @Test
    void theTokenMustBeTheDaemonsToken() throws IOException {
        for (String body : List.of("{}", "{\"token\":null}", "{\"token\":42}", "{\"token\":[\"" + TOKEN + "\"]}",
                "{\"token\":\"\"}", "{\"token\":\"" + TOKEN.toUpperCase() + "\"}", "{\"token\":\"" + TOKEN + "x\"}",
                "{\"Token\":\"" + TOKEN + "\"}")) {
            assertJson(403, "{\"error\":\"invalid_token\"}", post("/api/shutdown", body));
            assertJson(403, "{\"error\":\"invalid_token\"}", post("/api/sync/trigger", body));
        }
        RawHttp.Response noBody = RawHttp.send(port, "POST", "/api/shutdown", null).orElseThrow();
        assertJson(403, "{\"error\":\"invalid_token\"}", noBody);
        assertEquals(List.of(), daemon.calls());
    }

    @Test
    void aBodyThatIsNoStrictJsonObjectIsAnInvalidPayload() throws IOException {
        for (String body : List.of("[]", "null", "\"" + TOKEN + "\"", "42", "{", "{\"token\":\"" + TOKEN + "\"} x",
                "{'token':'" + TOKEN + "'}", "{token:\"" + TOKEN + "\"}", "{\"token\":\"" + TOKEN + "\",}",
                "{\"a\":NaN,\"token\":\"" + TOKEN + "\"}", "/* */{\"token\":\"" + TOKEN + "\"}", " ",
                "{\"token\":\"" + TOKEN + "\",\"token\":\"" + TOKEN + "\"}")) {
            assertJson(400, "{\"error\":\"invalid_payload\"}", post("/api/shutdown", body));
        }
        byte[] notUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'};
        assertJson(400, "{\"error\":\"invalid_payload\"}",
                RawHttp.send(port, "POST", "/api/sync/trigger", notUtf8).orElseThrow());
        assertEquals(List.of(), daemon.calls());
    }

    @Test
    void theBodyLimitIs64KiB() throws IOException {
        String padding = "x".repeat(65536 - tokenBody().length() - 7);
        String atLimit = "{\"p\":\"" + padding + "\"," + tokenBody().substring(1);
        assertEquals(65536, atLimit.getBytes(StandardCharsets.UTF_8).length);
        assertJson(202, "{\"status\":\"scheduled\"}", post("/api/sync/trigger", atLimit));
        String overLimit = "{\"p\":\"" + padding + "y\"," + tokenBody().substring(1);
        assertJson(400, "{\"error\":\"invalid_payload\"}", post("/api/sync/trigger", overLimit));
        assertJson(400, "{\"error\":\"invalid_payload\"}", post("/api/shutdown", "{\"p\":\"" + "z".repeat(1 << 20) + "\"}"));
        assertEquals(List.of("activity", "trigger"), daemon.calls());
    }

    @Test
    void aChunkedBodyIsAccepted() throws IOException {
        String body = tokenBody();
        String request = "POST /api/sync/trigger HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nTransfer-Encoding: chunked\r\n\r\n"
                + Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
                + Integer.toHexString(body.length() - 10) + "\r\n" + body.substring(10) + "\r\n0\r\n\r\n";
        assertJson(202, "{\"status\":\"scheduled\"}", RawHttp.exchange(port, request).orElseThrow());
    }

    @Test
    void malformedHttpIsSomeClientError() throws IOException {
        for (String request : List.of("GARBAGE\r\n\r\n",
                "POST /api/shutdown HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: abc\r\n\r\n",
                "POST /api/shutdown HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: -5\r\n\r\n")) {
            int status = RawHttp.exchange(port, request).orElseThrow().status();
            assertTrue(status >= 400 && status < 500, request + " -> " + status);
        }
        assertEquals(List.of(), daemon.calls());
    }

    @Test
    void aStalledClientDoesNotBlockTheOthers() throws IOException {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                Socket client = new Socket();
                client.connect(new InetSocketAddress(RawHttp.loopback(), port), 2000);
                OutputStream out = client.getOutputStream();
                out.write("POST /api/shutdown HTTP/1.1\r\nHost: 127.0.0.1:".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                stalled.add(client);
            }
            assertEquals(200, get("/api/health").status());
        } finally {
            for (Socket client : stalled) {
                client.close();
            }
        }
    }

    @Test
    void theServersOwnLoggingIsOff() {
        for (String name : List.of("com.sun.net.httpserver", "sun.net.httpserver")) {
            assertEquals(Level.OFF, Logger.getLogger(name).getLevel(), name);
        }
    }

    @Test
    void nothingIsLoggedForOrdinaryRequestsAndNoSecretEver() throws IOException {
        get("/api/health");
        post("/api/sync/trigger", tokenBody());
        post("/api/sync/trigger", "{\"token\":\"wrong-secret-value\"}");
        assertEquals(List.of(), log.lines());
        Set<String> everything = new TreeSet<>(log.lines());
        assertFalse(everything.stream().anyMatch(line -> line.contains(TOKEN) || line.contains("wrong-secret-value")));
    }

    @Test
    void afterCloseThePortRefusesConnections() throws IOException {
        socket.close();
        assertEquals(Optional.empty(), RawHttp.send(port, "GET", "/api/health", null));
    }

    @Test
    void theResponseBytesAreExactlyTheCompactJson() throws IOException {
        assertArrayEquals("{\"error\":\"not_found\"}".getBytes(StandardCharsets.UTF_8), get("/nothing").body());
    }
}
