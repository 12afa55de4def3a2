package dev.speckitty.sync.core.daemon.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** daemon.md §6.2–§6.3 and clarifications #31, rule by rule, with a recording daemon. */
class ControlPlaneTest {
    private static final int PORT = 9401;
    private static final String TOKEN = "3f9a0c5e8d7b6a5f4e3d2c1b0a998877";
    private static final List<String> HOST = List.of("127.0.0.1:" + PORT);
    private static final OwnerRecord RECORD = new OwnerRecord(null, null, null, "/opt/sk/lib/spec-kitty-sync.jar",
            "3.2.4", 4242, PORT, "/r/queue.db", "https://spec-kitty-dev.fly.dev", "/opt/sk",
            "2026-05-17T16:42:00+00:00", new ControlToken(TOKEN));
    private static final DaemonHealth HEALTH = new DaemonHealth("/r", "3.2.4", false, Optional.empty(), 0, RECORD);

    /** Records what the control plane asked of the daemon. */
    private static final class RecordingDaemon implements DaemonActions {
        final List<String> calls = new ArrayList<>();
        boolean failHealth;

        @Override
        public DaemonHealth health() {
            calls.add("health");
            if (failHealth) {
                throw new IllegalStateException("cannot build health");
            }
            return HEALTH;
        }

        @Override
        public void recordActivity() {
            calls.add("activity");
        }

        @Override
        public void triggerSync() {
            calls.add("trigger");
        }

        @Override
        public void shutdown() {
            calls.add("shutdown");
        }
    }

    private final RecordingDaemon daemon = new RecordingDaemon();
    private final RecordingOperatorLog log = new RecordingOperatorLog();
    private final ControlPlane plane = new ControlPlane(PORT, new ControlToken(TOKEN), daemon, log);

    private ControlResponse send(String method, String path, List<String> hosts, RequestBody body) {
        ControlResponse response = plane.handle(new ControlRequest(method, path, hosts, body));
        plane.responseSent(response);
        return response;
    }

    private static RequestBody token(String value) {
        return new RequestBody.JsonObject(new RequestBody.TokenText(value));
    }

    @Test
    void healthNeedsNoTokenAndIsNoActivity() {
        assertEquals(ControlResponse.health(HEALTH), send("GET", "/api/health", HOST, new RequestBody.NotRead()));
        assertEquals(List.of("health"), daemon.calls);
    }

    @Test
    void shutdownAnswersFirstAndStopsAfterTheResponseWasSent() {
        ControlResponse response = plane.handle(new ControlRequest("POST", "/api/shutdown", HOST, token(TOKEN)));
        assertEquals(new ControlResponse(200, new ControlResponse.Member("status", "stopping"), true), response);
        assertEquals(List.of("activity"), daemon.calls);
        plane.responseSent(response);
        assertEquals(List.of("activity", "shutdown"), daemon.calls);
        assertEquals(List.of("[INFO] shutdown requested on 127.0.0.1:9401"), log.lines());
    }

    @Test
    void triggerSchedulesAPass() {
        assertEquals(new ControlResponse(202, new ControlResponse.Member("status", "scheduled"), false),
                send("POST", "/api/sync/trigger", HOST, token(TOKEN)));
        assertEquals(List.of("activity", "trigger"), daemon.calls);
    }

    @Test
    void everyOtherMethodOrPathIsNotFound() {
        ControlResponse notFound = ControlResponse.error(404, "not_found");
        for (String[] request : new String[][] {
                {"GET", "/api/sync/trigger"}, {"GET", "/api/shutdown"}, {"POST", "/api/health"}, {"GET", "/api/health/"},
                {"POST", "/api/shutdown/"}, {"POST", "/api/sync/trigger/"}, {"GET", "/"}, {"GET", "/API/HEALTH"},
                {"get", "/api/health"}, {"PUT", "/api/shutdown"}, {"DELETE", "/api/sync/trigger"},
                {"OPTIONS", "/api/health"}, {"GET", "/api/health%2F"}, {"GET", "//api/health"}}) {
            assertEquals(notFound, send(request[0], request[1], HOST, token(TOKEN)), String.join(" ", request));
        }
        assertEquals(List.of(), daemon.calls);
    }

    @Test
    void headIsNotFoundWithoutABodyOnEveryPath() {
        for (String path : List.of("/api/health", "/api/shutdown", "/nothing")) {
            assertEquals(ControlResponse.bodiless(404), send("HEAD", path, HOST, new RequestBody.NotRead()));
        }
        assertEquals(List.of(), daemon.calls);
    }

    @Test
    void theHostMustBeTheLoopbackAddressOrLocalhostWithTheDaemonsPort() {
        ControlResponse invalidHost = ControlResponse.error(403, "invalid_host");
        for (List<String> hosts : List.of(List.<String>of(), List.of("evil.example.com"),
                List.of("evil.example.com:" + PORT), List.of("127.0.0.1"), List.of("127.0.0.1:9402"),
                List.of("localhost"), List.of("[::1]:" + PORT), List.of("127.0.0.2:" + PORT),
                List.of("127.0.0.1:" + PORT, "127.0.0.1:" + PORT), List.of("127.0.0.1:0" + PORT))) {
            assertEquals(invalidHost, send("GET", "/api/health", hosts, new RequestBody.NotRead()), hosts.toString());
            assertEquals(invalidHost, send("POST", "/api/shutdown", hosts, token(TOKEN)), hosts.toString());
            assertEquals(invalidHost, send("GET", "/nothing", hosts, new RequestBody.NotRead()), hosts.toString());
        }
        assertEquals(ControlResponse.bodiless(403), send("HEAD", "/api/health", List.of("evil"), new RequestBody.NotRead()));
        assertEquals(List.of(), daemon.calls);
        for (String host : List.of("127.0.0.1:" + PORT, "localhost:" + PORT, "LocalHost:" + PORT)) {
            assertEquals(200, send("GET", "/api/health", List.of(host), new RequestBody.NotRead()).status(), host);
        }
    }

    @Test
    void aBodyThatIsNoJsonObjectIsAnInvalidPayload() {
        assertEquals(ControlResponse.error(400, "invalid_payload"),
                send("POST", "/api/shutdown", HOST, new RequestBody.Invalid()));
        assertEquals(ControlResponse.error(400, "invalid_payload"),
                send("POST", "/api/sync/trigger", HOST, new RequestBody.Invalid()));
        assertEquals(List.of(), daemon.calls);
    }

    @Test
    void aMissingWrongOrNonStringTokenIsRefusedAndIsNoActivity() {
        ControlResponse invalidToken = ControlResponse.error(403, "invalid_token");
        for (RequestBody body : List.of(new RequestBody.JsonObject(new RequestBody.NoToken()),
                new RequestBody.JsonObject(new RequestBody.TokenNotAString()), token(""), token(TOKEN.toUpperCase()),
                token(TOKEN + " "), token(TOKEN.substring(1)), token("00000000000000000000000000000000"))) {
            assertEquals(invalidToken, send("POST", "/api/shutdown", HOST, body), body.toString());
            assertEquals(invalidToken, send("POST", "/api/sync/trigger", HOST, body), body.toString());
        }
        assertEquals(List.of(), daemon.calls);
    }

    @Test
    void anUnexpectedErrorIsAnInternalErrorAndIsLoggedWithoutSecrets() {
        daemon.failHealth = true;
        assertEquals(ControlResponse.error(500, "internal_error"),
                send("GET", "/api/health", HOST, new RequestBody.NotRead()));
        assertEquals(List.of("[ERROR] control request GET /api/health failed: IllegalStateException"), log.lines());
    }

    @Test
    void theTokenTextNeverShows() {
        assertFalse(token(TOKEN).toString().contains(TOKEN));
        assertTrue(ControlRules.tokenMatches(TOKEN, new ControlToken(TOKEN)));
        assertFalse(ControlRules.tokenMatches("3f9a0c5e8d7b6a5f4e3d2c1b0a998878", new ControlToken(TOKEN)));
    }
}
