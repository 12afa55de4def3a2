package dev.speckitty.sync.process;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The authenticated control requests over HTTP/1.1 to 127.0.0.1 only (daemon.md §6.2–§6.3): {@code POST} with
 * body {@code {"token":"…"}} and {@code Host: 127.0.0.1:<port>}. The token goes into the request body and nowhere
 * else; outcomes name the status or the transport failure, never the body.
 */
final class HttpControlDaemon implements ControlDaemon {
    static final String SHUTDOWN_PATH = "/api/shutdown";
    static final String TRIGGER_PATH = "/api/sync/trigger";
    private static final String INVALID_TOKEN = "invalid_token";

    @Override
    public Outcome shutdown(SyncPort port, ControlToken token, Duration timeout) {
        return post(port, SHUTDOWN_PATH, token, 200, timeout);
    }

    @Override
    public Outcome triggerSync(SyncPort port, ControlToken token, Duration timeout) {
        return post(port, TRIGGER_PATH, token, 202, timeout);
    }

    private static Outcome post(SyncPort port, String path, ControlToken token, int success, Duration timeout) {
        if (!SyncPort.contains(port.value())) {
            throw new IllegalArgumentException("refusing to connect to port " + port.value() + " outside the sync range");
        }
        LoopbackHttp.Response response;
        try {
            response = LoopbackHttp.postJson(port.value(), path, body(token), timeout);
        } catch (LoopbackHttp.HttpFailure failure) {
            return new Outcome(Reply.FAILED, 0, failure.getMessage());
        }
        int status = response.status();
        if (status == success) {
            return new Outcome(Reply.ACCEPTED, status, "HTTP status " + status);
        }
        Optional<String> error = errorCode(response.body());
        String reason = "HTTP status " + status + error.map(code -> " (" + code + ")").orElse("");
        // 403 is the token check (§6.3 step 2) unless the daemon names another error, e.g. invalid_host (#31)
        boolean tokenRejected = status == 403 && error.map(INVALID_TOKEN::equals).orElse(true);
        return new Outcome(tokenRejected ? Reply.INVALID_TOKEN : Reply.FAILED, status, reason);
    }

    private static byte[] body(ControlToken token) {
        JsonObject body = new JsonObject();
        body.addProperty("token", token.value());
        return new GsonBuilder().disableHtmlEscaping().create().toJson(body).getBytes(StandardCharsets.UTF_8);
    }

    /** The {@code error} member of a JSON error body, when it is a short plain code. */
    private static Optional<String> errorCode(byte[] body) {
        return StrictJson.parse(body).filter(JsonElement::isJsonObject).map(JsonElement::getAsJsonObject)
                .map(object -> StrictJson.string(object, "error"))
                .filter(code -> code.matches("[a-z_]{1,40}"));
    }
}
