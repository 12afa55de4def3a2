package dev.speckitty.sync.core.daemon.control;

import dev.speckitty.sync.core.daemon.ControlToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;

/** The pure rules of the control plane (daemon.md §6.2–§6.3, clarifications #31). */
public final class ControlRules {

    public static final String HEALTH_PATH = "/api/health";
    public static final String SHUTDOWN_PATH = "/api/shutdown";
    public static final String TRIGGER_PATH = "/api/sync/trigger";

    /** Where a request goes; the path is matched exactly (no trailing slash, no decoding), methods case-sensitively. */
    public enum Route {
        HEALTH, SHUTDOWN, TRIGGER, NOT_FOUND
    }

    /** The outcome of §6.3 steps 1–2 for a POST. */
    public enum Authorization {
        AUTHORIZED, INVALID_PAYLOAD, INVALID_TOKEN
    }

    private ControlRules() {
    }

    /**
     * The DNS-rebinding defence of clarifications #31: exactly one {@code Host} header whose value is
     * {@code 127.0.0.1:<port>} or {@code localhost:<port>} (host names compare case-insensitively). Every route,
     * health included, is refused otherwise.
     */
    public static boolean hostAllowed(List<String> hostHeaders, int port) {
        if (hostHeaders.size() != 1) {
            return false;
        }
        String host = hostHeaders.get(0).strip();
        return host.equals("127.0.0.1:" + port) || host.toLowerCase(Locale.ROOT).equals("localhost:" + port);
    }

    public static Route route(String method, String path) {
        if (method.equals("GET") && path.equals(HEALTH_PATH)) {
            return Route.HEALTH;
        }
        if (method.equals("POST") && path.equals(SHUTDOWN_PATH)) {
            return Route.SHUTDOWN;
        }
        if (method.equals("POST") && path.equals(TRIGGER_PATH)) {
            return Route.TRIGGER;
        }
        return Route.NOT_FOUND;
    }

    /**
     * §6.3 steps 1–2: the body must be one JSON object, and its {@code token} a JSON string equal to the daemon's
     * token, compared in constant time over the UTF-8 bytes.
     */
    public static Authorization authorize(RequestBody body, ControlToken token) {
        if (!(body instanceof RequestBody.JsonObject object)) {
            return Authorization.INVALID_PAYLOAD;
        }
        if (object.token() instanceof RequestBody.TokenText text && tokenMatches(text.value(), token)) {
            return Authorization.AUTHORIZED;
        }
        return Authorization.INVALID_TOKEN;
    }

    /** {@link MessageDigest#isEqual}: its running time does not depend on where the two values differ. */
    static boolean tokenMatches(String candidate, ControlToken token) {
        return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                token.value().getBytes(StandardCharsets.UTF_8));
    }
}
