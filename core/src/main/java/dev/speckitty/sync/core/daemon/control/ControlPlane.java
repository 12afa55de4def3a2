package dev.speckitty.sync.core.daemon.control;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.port.OperatorLog;
import java.util.Objects;

/**
 * The daemon's answers to control requests (daemon.md §6.2–§6.3, clarifications #31): the Host check first, then
 * {@code HEAD} (404 without a body), the routes, and for the two POST routes the payload and token checks. Only a
 * request that passes the token check counts as activity. Tokens, bodies and headers are never logged.
 */
public final class ControlPlane implements ControlRequests {

    private final int port;
    private final ControlToken token;
    private final DaemonActions daemon;
    private final OperatorLog log;

    public ControlPlane(int port, ControlToken token, DaemonActions daemon, OperatorLog log) {
        this.port = port;
        this.token = Objects.requireNonNull(token, "token");
        this.daemon = Objects.requireNonNull(daemon, "daemon");
        this.log = Objects.requireNonNull(log, "log");
    }

    @Override
    public ControlResponse handle(ControlRequest request) {
        try {
            return answer(request);
        } catch (RuntimeException unexpected) { // §6.3: an unexpected handler error is a 500, never a dead server
            log.error("control request " + request.method() + " " + request.path() + " failed: "
                    + unexpected.getClass().getSimpleName());
            return ControlResponse.error(500, "internal_error");
        }
    }

    private ControlResponse answer(ControlRequest request) {
        boolean head = request.method().equals("HEAD");
        if (!ControlRules.hostAllowed(request.hostHeaders(), port)) {
            return head ? ControlResponse.bodiless(403) : ControlResponse.error(403, "invalid_host");
        }
        if (head) {
            return ControlResponse.bodiless(404);
        }
        ControlRules.Route route = ControlRules.route(request.method(), request.path());
        switch (route) {
            case HEALTH:
                return ControlResponse.health(daemon.health());
            case NOT_FOUND:
                return ControlResponse.error(404, "not_found");
            default:
                break;
        }
        switch (ControlRules.authorize(request.body(), token)) {
            case INVALID_PAYLOAD:
                return ControlResponse.error(400, "invalid_payload");
            case INVALID_TOKEN:
                return ControlResponse.error(403, "invalid_token");
            default:
                break;
        }
        daemon.recordActivity();
        if (route == ControlRules.Route.SHUTDOWN) {
            log.info("shutdown requested on 127.0.0.1:" + port);
            return ControlResponse.stopping();
        }
        daemon.triggerSync();
        return ControlResponse.scheduled();
    }

    @Override
    public void responseSent(ControlResponse response) {
        if (response.stopsDaemon()) {
            daemon.shutdown();
        }
    }
}
