package dev.speckitty.sync.process;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A test-only stand-in for {@code spec-kitty sync daemon run}, started through the real launcher with {@code -cp}
 * while the real daemon is written elsewhere. It follows the Java spawn shape and the start-up of daemon.md §5.1 in
 * small: parses {@code sync daemon run --port <p> --spec-kitty-daemon-root=<r> [--spec-kitty-daemon-exec=<e>]}
 * (exit 2 otherwise), requires the marker to be the real path of {@code SPEC_KITTY_HOME} (exit 2), reads the token
 * from stdin (exit 2 without one), binds {@code 127.0.0.1:<p>} (exit 3 when taken), writes owner.json, and serves
 * {@code /api/health} with an owner block, {@code /api/shutdown} and {@code /api/sync/trigger} with the token check.
 * Its identity beyond version, executable and root comes from {@code STUB_*} variables the tests set; it can be
 * told to ignore {@code /api/shutdown}. It ends after
 * {@code SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS} whatever happens, so a leaked stub never outlives a test run.
 */
public final class StubSyncDaemon {
    public static final String CHECKOUT = "STUB_CHECKOUT";
    public static final String SERVER_URL = "STUB_SERVER_URL";
    public static final String AUTH_PRINCIPAL = "STUB_AUTH_PRINCIPAL";
    public static final String AUTH_TEAM = "STUB_AUTH_TEAM";
    public static final String AUTH_SCOPE = "STUB_AUTH_SCOPE";
    public static final String QUEUE_DB_PATH = "STUB_QUEUE_DB_PATH";
    /** Set to {@code 1}: answer {@code /api/shutdown} with 200 but keep running (a daemon that must be signalled). */
    public static final String IGNORE_SHUTDOWN = "STUB_IGNORE_SHUTDOWN";
    private static final String DEFAULT_SERVER = "https://spec-kitty-dev.fly.dev";

    private final int port;
    private final Path root;
    private final String token;
    private final JsonObject owner = new JsonObject();
    private volatile HttpServer server;

    private StubSyncDaemon(int port, Path root, String token, String executable) {
        this.port = port;
        this.root = root;
        this.token = token;
        Map<String, String> env = System.getenv();
        owner.addProperty("auth_principal", env.get(AUTH_PRINCIPAL));
        owner.addProperty("auth_scope", env.get(AUTH_SCOPE));
        owner.addProperty("auth_team", env.get(AUTH_TEAM));
        owner.addProperty("executable_path", executable);
        owner.addProperty("package_version", env.getOrDefault("SPEC_KITTY_CLI_VERSION", "unknown"));
        owner.addProperty("pid", ProcessHandle.current().pid());
        owner.addProperty("port", port);
        owner.addProperty("queue_db_path", env.getOrDefault(QUEUE_DB_PATH, root.resolve("queue" + ".db").toString()));
        owner.addProperty("server_url", env.getOrDefault(SERVER_URL, DEFAULT_SERVER));
        owner.addProperty("source_checkout_path", env.getOrDefault(CHECKOUT, root.toString()));
        owner.addProperty("started_at", DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'")
                .format(Instant.now().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC)));
    }

    public static void main(String[] args) throws Exception {
        Logger.getLogger("com.sun.net.httpserver").setLevel(Level.OFF);
        List<String> argv = List.of(args);
        if (argv.size() < 6 || !argv.subList(0, 4).equals(List.of("sync", "daemon", "run", "--port"))
                || !argv.get(5).startsWith("--spec-kitty-daemon-root=")) {
            System.err.println("[ERROR] usage: sync daemon run --port <p> --spec-kitty-daemon-root=<r>");
            System.exit(2);
        }
        int port = Integer.parseInt(argv.get(4));
        String marker = argv.get(5).substring("--spec-kitty-daemon-root=".length());
        String executable = argv.size() > 6 ? argv.get(6).substring("--spec-kitty-daemon-exec=".length()) : "";
        Path root = Path.of(System.getenv("SPEC_KITTY_HOME"));
        if (!marker.equals(root.toRealPath().toString())) {
            System.err.println("[ERROR] daemon root marker " + marker + " does not match the resolved root " + root);
            System.exit(2);
        }
        String token = readToken();
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            System.err.println("[ERROR] no valid control token on stdin");
            System.exit(2);
        }
        retireAfterLifetime();
        StubSyncDaemon daemon = new StubSyncDaemon(port, root, token, executable);
        try {
            daemon.serve(marker);
        } catch (BindException taken) {
            System.err.println("[ERROR] cannot bind 127.0.0.1:" + port + ": " + taken.getMessage());
            System.exit(3);
        }
    }

    private static String readToken() throws Exception {
        BufferedReader stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        return CompletableFuture.supplyAsync(() -> {
            try {
                return stdin.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private static void retireAfterLifetime() {
        String seconds = System.getenv().getOrDefault("SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS", "120");
        Thread reaper = new Thread(() -> {
            try {
                Thread.sleep((long) (Double.parseDouble(seconds) * 1000));
            } catch (InterruptedException | NumberFormatException e) {
                Thread.currentThread().interrupt();
            }
            System.exit(0);
        }, "stub-lifetime");
        reaper.setDaemon(true);
        reaper.start();
    }

    private void serve(String scopeRoot) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 16);
        ExecutorService executor = Executors.newFixedThreadPool(2);
        server.setExecutor(executor);
        writeOwnerRecord();
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeOwnerRecord));
        server.createContext("/", exchange -> {
            try (exchange) {
                route(exchange, scopeRoot);
            }
        });
        server.start();
        System.err.println("[INFO] stub sync daemon listening on 127.0.0.1:" + port);
    }

    private void route(HttpExchange exchange, String scopeRoot) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (method.equals("GET") && path.equals("/api/health")) {
            JsonObject health = new JsonObject();
            health.addProperty("status", "ok");
            health.addProperty("daemon_family", "sync");
            health.addProperty("singleton_scope_id", scopeRoot);
            health.addProperty("protocol_version", 1);
            health.addProperty("package_version", owner.get("package_version").getAsString());
            JsonObject sync = new JsonObject();
            sync.addProperty("running", false);
            sync.add("last_sync", null);
            sync.addProperty("consecutive_failures", 0);
            health.add("sync", sync);
            health.addProperty("websocket_status", "Offline");
            JsonObject block = owner.deepCopy();
            block.addProperty("token", "<redacted>");
            health.add("owner", block);
            respond(exchange, 200, health);
            return;
        }
        boolean shutdown = path.equals("/api/shutdown");
        if (method.equals("POST") && (shutdown || path.equals("/api/sync/trigger"))) {
            if (!token.equals(tokenOf(exchange))) {
                respond(exchange, 403, error("invalid_token"));
                return;
            }
            JsonObject status = new JsonObject();
            status.addProperty("status", shutdown ? "stopping" : "scheduled");
            respond(exchange, shutdown ? 200 : 202, status);
            if (shutdown && !"1".equals(System.getenv(IGNORE_SHUTDOWN))) {
                Thread stop = new Thread(() -> System.exit(0), "stub-shutdown");
                stop.start();
            }
            return;
        }
        respond(exchange, 404, error("not_found"));
    }

    private static String tokenOf(HttpExchange exchange) throws IOException {
        try {
            JsonElement body = JsonParser.parseString(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8));
            JsonElement value = body.isJsonObject() ? body.getAsJsonObject().get("token") : null;
            return value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
                    ? value.getAsString() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static JsonObject error(String code) {
        JsonObject error = new JsonObject();
        error.addProperty("error", code);
        return error;
    }

    private static void respond(HttpExchange exchange, int status, JsonObject body) throws IOException {
        byte[] bytes = new GsonBuilder().serializeNulls().disableHtmlEscaping().create().toJson(body)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private Path ownerRecord() {
        return root.resolve("sync").resolve("daemon").resolve("owner.json");
    }

    private void writeOwnerRecord() throws IOException {
        Path directory = ownerRecord().getParent();
        Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        JsonObject record = owner.deepCopy();
        record.addProperty("token", token);
        Path temporary = Files.createTempFile(directory, ".owner.json-", ".tmp",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, new GsonBuilder().serializeNulls().create().toJson(record));
        Files.move(temporary, ownerRecord(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Graceful stop: remove owner.json if it still names this pid and port (daemon.md §5.3). */
    private void removeOwnerRecord() {
        try {
            JsonObject record = JsonParser.parseString(Files.readString(ownerRecord())).getAsJsonObject();
            if (record.get("pid").getAsLong() == ProcessHandle.current().pid() && record.get("port").getAsInt() == port) {
                Files.deleteIfExists(ownerRecord());
            }
        } catch (IOException | RuntimeException gone) {
            // nothing of ours to remove
        }
        HttpServer running = server;
        if (running != null) {
            running.stop(0);
        }
    }
}
