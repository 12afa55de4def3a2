package dev.speckitty.sync.process.control;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.speckitty.sync.core.daemon.control.ControlRequest;
import dev.speckitty.sync.core.daemon.control.ControlRequests;
import dev.speckitty.sync.core.daemon.control.ControlResponse;
import dev.speckitty.sync.core.daemon.control.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Turns one HTTP exchange into a {@link ControlRequest}, and the daemon's {@link ControlResponse} into the response
 * of daemon.md §6.1: {@code Content-Type: application/json}, {@code Cache-Control: no-cache}, the exact
 * {@code Content-Length} and {@code Connection: close}. Malformed HTTP never reaches this handler: the JDK server
 * answers it with 400 itself. Nothing here logs.
 */
final class ControlExchangeHandler implements HttpHandler {

    /** How much of an oversized body is read and dropped before answering. */
    static final long DISCARD_LIMIT = 4L * 1024 * 1024;

    private final ControlRequests requests;

    ControlExchangeHandler(ControlRequests requests) {
        this.requests = requests;
    }

    @Override
    public void handle(HttpExchange exchange) {
        ControlResponse response;
        try {
            response = requests.handle(read(exchange));
        } catch (IOException | RuntimeException failure) { // daemon.md §6.3: an unexpected error is a 500
            response = ControlResponse.error(500, "internal_error");
        }
        try {
            write(exchange, response);
        } catch (IOException clientGone) {
            // the client closed the connection; there is nobody left to answer
        } finally {
            exchange.close();
        }
        requests.responseSent(response);
    }

    private static ControlRequest read(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        List<String> hosts = exchange.getRequestHeaders().get("Host");
        RequestBody body = method.equals("POST") ? body(exchange.getRequestBody()) : new RequestBody.NotRead();
        return new ControlRequest(method, path == null ? "" : path, hosts == null ? List.of() : hosts, body);
    }

    /**
     * Reads at most one byte more than the limit, so an oversized body is known without keeping it. The rest of an
     * oversized body is read and dropped, up to {@link #DISCARD_LIMIT}: closing a connection with unread input makes
     * the kernel reset it, and the client would lose its 400 answer.
     */
    private static RequestBody body(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(RequestBody.MAX_BYTES + 1);
        if (bytes.length <= RequestBody.MAX_BYTES) {
            return RequestBodies.classify(bytes);
        }
        byte[] discard = new byte[8192];
        long left = DISCARD_LIMIT;
        int read;
        while (left > 0 && (read = in.read(discard, 0, (int) Math.min(discard.length, left))) >= 0) {
            left -= read;
        }
        return new RequestBody.Invalid();
    }

    private static void write(HttpExchange exchange, ControlResponse response) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Cache-Control", "no-cache");
        headers.set("Connection", "close");
        if (response.body() instanceof ControlResponse.NoBody) {
            exchange.sendResponseHeaders(response.status(), -1);
            return;
        }
        byte[] json = ResponseJson.render(response.body());
        exchange.sendResponseHeaders(response.status(), json.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
