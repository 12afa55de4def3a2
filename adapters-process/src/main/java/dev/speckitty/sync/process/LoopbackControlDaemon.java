package dev.speckitty.sync.process;

import com.google.gson.JsonObject;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The authenticated control requests of daemon.md §6.2 over {@link LoopbackHttp}: body {@code {"token":"…"}},
 * always to 127.0.0.1 of a sync-range port. Neither the token nor the body ever reaches an outcome.
 */
final class LoopbackControlDaemon implements ControlDaemon {
    static final String SHUTDOWN_PATH = "/api/shutdown";
    static final String TRIGGER_PATH = "/api/sync/trigger";

    @Override
    public Outcome shutdown(SyncPort port, ControlToken token, Duration timeout) {
        return post(port, SHUTDOWN_PATH, token, timeout, 200);
    }

    @Override
    public Outcome triggerSync(SyncPort port, ControlToken token, Duration timeout) {
        return post(port, TRIGGER_PATH, token, timeout, 202);
    }

    private static Outcome post(SyncPort port, String path, ControlToken token, Duration timeout, int accepted) {
        JsonObject body = new JsonObject();
        body.addProperty("token", token.value());
        LoopbackHttp.Response response;
        try {
            response = LoopbackHttp.postJson(port.value(), path, body.toString().getBytes(StandardCharsets.UTF_8),
                    timeout);
        } catch (LoopbackHttp.HttpFailure failure) {
            return new Outcome(Reply.FAILED, 0, failure.getMessage());
        }
        if (response.status() == accepted) {
            return new Outcome(Reply.ACCEPTED, response.status(), "HTTP status " + response.status());
        }
        if (response.status() == 403) {
            return new Outcome(Reply.INVALID_TOKEN, 403, "HTTP status 403");
        }
        return new Outcome(Reply.FAILED, response.status(), "HTTP status " + response.status());
    }
}
