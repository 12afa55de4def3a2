package dev.speckitty.sync.process;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Servers on 127.0.0.1 inside the sync range, for probe tests. They use the top of the range (9426–9449), above
 * the band live suites own (9401–9425), and move to the next port when one is taken.
 */
final class SyncRangeServers {
    static final int LOWEST = 9426;
    static final int TOP = SyncPort.END - 1;

    private SyncRangeServers() {
    }

    interface Binder<T> {
        T bind(int port) throws IOException;
    }

    static <T> T bindFree(Binder<T> binder) throws IOException {
        for (int port = TOP; port >= LOWEST; port--) {
            try {
                return binder.bind(port);
            } catch (BindException taken) {
                // someone else holds this port; try the next one
            }
        }
        throw new BindException("no free port in " + LOWEST + "-" + TOP);
    }

    /** An HTTP server answering every request with this status and body; the last Host header is recorded. */
    static HttpServer http(int status, String body, AtomicReference<String> lastHost) throws IOException {
        HttpServer server = bindFree(port -> HttpServer.create(new InetSocketAddress(LoopbackHttp.LOOPBACK, port), 0));
        server.createContext("/", exchange -> {
            lastHost.set(exchange.getRequestHeaders().getFirst("Host"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    /**
     * A control plane like the daemon's (daemon.md §6.3): {@code POST /api/shutdown} 200 and
     * {@code POST /api/sync/trigger} 202 with the right token in a JSON body, 403 {@code invalid_token} otherwise. The
     * last request's method, path, Host header and body are recorded.
     */
    static HttpServer controlPlane(String token, AtomicReference<String> lastRequest) throws IOException {
        HttpServer server = bindFree(port -> HttpServer.create(new InetSocketAddress(LoopbackHttp.LOOPBACK, port), 0));
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            lastRequest.set(exchange.getRequestMethod() + " " + path + " Host=" + exchange.getRequestHeaders()
                    .getFirst("Host") + " Content-Type=" + exchange.getRequestHeaders().getFirst("Content-Type")
                    + " " + body);
            boolean shutdown = path.equals("/api/shutdown");
            int status;
            String answer;
            if (!exchange.getRequestMethod().equals("POST") || !(shutdown || path.equals("/api/sync/trigger"))) {
                status = 404;
                answer = "{\"error\":\"not_found\"}";
            } else if (body.equals("{\"token\":\"" + token + "\"}")) {
                status = shutdown ? 200 : 202;
                answer = shutdown ? "{\"status\":\"stopping\"}" : "{\"status\":\"scheduled\"}";
            } else {
                status = 403;
                answer = "{\"error\":\"invalid_token\"}";
            }
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return server;
    }

    /** A listening socket that never accepts: connects succeed (backlog), nothing is ever answered. */
    static ServerSocket silent() throws IOException {
        return bindFree(port -> new ServerSocket(port, 4, LoopbackHttp.LOOPBACK));
    }

    /**
     * A raw server that answers one connection with exactly these bytes and closes it, as the reference daemon's
     * HTTP/1.0 server does. Its thread ends after one exchange or when the socket is closed.
     */
    static ServerSocket raw(byte[] response) throws IOException {
        ServerSocket server = bindFree(port -> new ServerSocket(port, 4, LoopbackHttp.LOOPBACK));
        Thread thread = new Thread(() -> {
            try (Socket client = server.accept()) {
                InputStream in = client.getInputStream();
                int matched = 0;
                byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
                while (matched < end.length) {
                    int b = in.read();
                    if (b < 0) {
                        return;
                    }
                    matched = b == end[matched] ? matched + 1 : (b == end[0] ? 1 : 0);
                }
                client.getOutputStream().write(response);
            } catch (IOException closed) {
                // the test is over
            }
        }, "raw-http-" + server.getLocalPort());
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    /** The JSON the product's daemon would send for this report (keys of daemon.md §7.1). */
    static String json(HealthReport report) {
        JsonObject health = new JsonObject();
        health.addProperty("status", report.status());
        health.addProperty("daemon_family", report.daemonFamily());
        health.addProperty("singleton_scope_id", report.singletonScopeId());
        health.addProperty("protocol_version", report.protocolVersion());
        health.addProperty("package_version", report.packageVersion());
        SyncActivity activity = report.sync();
        JsonObject sync = new JsonObject();
        sync.addProperty("running", activity.running());
        sync.addProperty("last_sync", activity.lastSync());
        sync.addProperty("consecutive_failures", activity.consecutiveFailures());
        health.add("sync", sync);
        health.addProperty("websocket_status", report.websocketStatus());
        HealthOwner owner = report.owner();
        JsonObject block = new JsonObject();
        block.addProperty("auth_principal", owner.authPrincipal());
        block.addProperty("auth_scope", owner.authScope());
        block.addProperty("auth_team", owner.authTeam());
        block.addProperty("executable_path", owner.executablePath());
        block.addProperty("package_version", owner.packageVersion());
        block.addProperty("pid", owner.pid());
        block.addProperty("port", owner.port());
        block.addProperty("queue_db_path", owner.queueDbPath());
        block.addProperty("server_url", owner.serverUrl());
        block.addProperty("source_checkout_path", owner.sourceCheckoutPath());
        block.addProperty("started_at", owner.startedAt());
        block.addProperty("token", "<redacted>");
        health.add("owner", block);
        return new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(health);
    }
}
