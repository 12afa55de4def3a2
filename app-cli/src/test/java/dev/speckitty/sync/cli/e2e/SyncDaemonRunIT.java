package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The daemon process of daemon.md §5–§8 and §14 as the built jar, started the way the spawner starts it (§4): the
 * Java spawn shape, the token on stdin only, {@code <R>} as working directory, output appended to
 * {@code <R>/sync-daemon.log}. Ports come from this helper's band (9401–9408), the first free one; every daemon is
 * stopped by its own pid after each test, and a leaked one retires itself within a minute.
 */
@Tag("live")
class SyncDaemonRunIT {
    private static final int FIRST_PORT = 9401;
    private static final int LAST_PORT = 9408;
    private static final long WAIT_SECONDS = 20;
    private static final String LOG_LINE = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00 \\[(DEBUG|INFO|WARN|ERROR)] .*";

    @TempDir
    Path temp;

    private Path root;
    private Path canonicalRoot;
    private Path log;
    private Path stdout;
    private Map<String, String> environment;
    private final String token = HexFormat.of().formatHex(random16());
    private final List<Process> started = new ArrayList<>();

    private static byte[] random16() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @BeforeEach
    void root() throws IOException {
        root = temp.resolve("root");
        Files.createDirectories(root);
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
        canonicalRoot = root.toRealPath();
        log = root.resolve("sync-daemon.log");
        stdout = temp.resolve("daemon-stdout.txt");
        environment = JarProcess.isolatedEnvironment(temp);
        environment.put("SPEC_KITTY_CLI_VERSION", "3.2.4-live");
        environment.put("SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS", "60");
        environment.put("SPEC_KITTY_SYNC_PORT_RANGE", FIRST_PORT + "-" + LAST_PORT);
    }

    /** Stops every daemon this test started, by its own process handle (never by name). */
    @AfterEach
    void stopStartedDaemons() throws InterruptedException {
        for (Process process : started) {
            if (process.isAlive()) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }
    }

    private static InetAddress loopback() throws IOException {
        return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    }

    private static int freePort() throws IOException {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            try (ServerSocket trial = new ServerSocket()) {
                trial.bind(new InetSocketAddress(loopback(), port));
                return port;
            } catch (IOException busy) {
                // someone else holds it: take the next port of the band
            }
        }
        throw new IOException("no free port in " + FIRST_PORT + "-" + LAST_PORT);
    }

    private Process start(int port, String stdinText, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(JarProcess.javaExecutable().toString(), "-jar",
                JarProcess.jar().toString(), "sync", "daemon", "run", "--port", Integer.toString(port),
                "--spec-kitty-daemon-root=" + canonicalRoot,
                "--spec-kitty-daemon-exec=" + JarProcess.jar().toRealPath()));
        command.addAll(List.of(extraArgs));
        return startCommand(command, stdinText);
    }

    private Process startCommand(List<String> command, String stdinText) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()));
        builder.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        Process process = builder.start();
        started.add(process);
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdinText.getBytes(StandardCharsets.UTF_8));
        }
        return process;
    }

    private String logText() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    private String stdoutText() throws IOException {
        return Files.exists(stdout) ? Files.readString(stdout, StandardCharsets.UTF_8) : "";
    }

    private int exitCode(Process process) throws Exception {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            fail("the daemon did not exit within " + WAIT_SECONDS + " s; log:\n" + logText());
        }
        return process.exitValue();
    }

    /** One HTTP/1.1 exchange with 127.0.0.1; the status line, headers and body as text. */
    private static String exchange(int port, String method, String path, String body) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(loopback(), port), 1000);
            socket.setSoTimeout(5000);
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                    + (body == null ? "" : "Content-Length: " + bytes.length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String response) {
        return response.substring(response.indexOf("\r\n\r\n") + 4);
    }

    private static int status(String response) {
        return Integer.parseInt(response.split(" ", 3)[1]);
    }

    /** Health of the daemon, polled at most every 0.1 s until it answers 200 or the wait is over. */
    private String awaitHealth(Process process, int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("the daemon exited with " + process.exitValue() + " before answering; log:\n" + logText());
            }
            try {
                String response = exchange(port, "GET", "/api/health", null);
                if (status(response) == 200) {
                    return response;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        return fail("no health answer on port " + port + "; log:\n" + logText());
    }

    private Path ownerFile() {
        return root.resolve("sync").resolve("daemon").resolve("owner.json");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private void assertTokenNowhereButOwnerJson(Process process, String... more) throws IOException {
        Path cmdline = Path.of("/proc", Long.toString(process.pid()), "cmdline");
        if (Files.exists(cmdline)) {
            assertFalse(new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8).contains(token), "token in argv");
        }
        assertFalse(logText().contains(token), "token in the log");
        assertFalse(stdoutText().contains(token), "token on stdout");
        for (String text : more) {
            assertFalse(text.contains(token), "token in " + text);
        }
    }

    private void assertLogLinesWellFormed() throws IOException {
        for (String line : logText().lines().toList()) {
            assertTrue(line.matches(LOG_LINE), () -> "not a daemon log line: '" + line + "'");
        }
    }

    @Test
    void healthOwnerRecordAndShutdownOverHttp() throws Exception {
        int port = freePort();
        Process daemon = start(port, token + "\n");
        String response = awaitHealth(daemon, port);
        assertTrue(response.toLowerCase().contains("\r\ncontent-type: application/json\r\n"), response);
        JsonObject health = JsonParser.parseString(body(response)).getAsJsonObject();
        assertEquals(Set.of("status", "daemon_family", "singleton_scope_id", "protocol_version", "package_version",
                "sync", "websocket_status", "owner"), health.keySet());
        assertEquals("ok", health.get("status").getAsString());
        assertEquals("sync", health.get("daemon_family").getAsString());
        assertEquals(canonicalRoot.toString(), health.get("singleton_scope_id").getAsString());
        assertEquals("1", health.get("protocol_version").toString());
        assertEquals("3.2.4-live", health.get("package_version").getAsString());
        assertEquals(JsonParser.parseString("{\"running\":false,\"last_sync\":null,\"consecutive_failures\":0}"),
                health.get("sync"));
        assertEquals("Offline", health.get("websocket_status").getAsString());
        JsonObject owner = health.getAsJsonObject("owner");
        assertEquals("<redacted>", owner.get("token").getAsString());
        assertEquals(daemon.pid(), owner.get("pid").getAsLong());
        assertEquals(port, owner.get("port").getAsInt());

        JsonObject record = JsonParser.parseString(Files.readString(ownerFile())).getAsJsonObject();
        assertEquals(Set.of("auth_principal", "auth_scope", "auth_team", "executable_path", "package_version", "pid",
                "port", "queue_db_path", "server_url", "source_checkout_path", "started_at", "token"), record.keySet());
        assertEquals(token, record.get("token").getAsString());
        assertEquals(daemon.pid(), record.get("pid").getAsLong());
        assertEquals(JarProcess.jar().toRealPath().toString(), record.get("executable_path").getAsString());
        assertEquals("3.2.4-live", record.get("package_version").getAsString());
        assertEquals(root.resolve("queue.db").toString(), record.get("queue_db_path").getAsString());
        assertTrue(record.get("auth_scope").isJsonNull());
        assertTrue(record.get("started_at").getAsString().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+00:00"));
        for (String key : record.keySet()) {
            if (!key.equals("token")) {
                assertEquals(record.get(key), owner.get(key), key);
            }
        }
        assertEquals("rw-------", mode(ownerFile()));
        assertEquals("rwx------", mode(root.resolve("sync")));
        assertEquals("rwx------", mode(root.resolve("sync").resolve("daemon")));

        assertEquals(403, status(exchange(port, "POST", "/api/shutdown", "{\"token\":\"" + "0".repeat(32) + "\"}")));
        String stopping = exchange(port, "POST", "/api/shutdown", "{\"token\":\"" + token + "\"}");
        assertEquals(200, status(stopping));
        assertEquals("{\"status\":\"stopping\"}", body(stopping));
        assertEquals(0, exitCode(daemon));
        assertFalse(Files.exists(ownerFile()), "the daemon removed its owner record");
        assertTokenNowhereButOwnerJson(daemon, response);
        assertLogLinesWellFormed();
        assertTrue(logText().contains(" [INFO] sync daemon stopped (pid " + daemon.pid() + ", port " + port + ")"), logText());
        assertEquals("", stdoutText());
    }

    @Test
    void sigtermStopsGracefullyWithExit0() throws Exception {
        int port = freePort();
        Process daemon = start(port, token + "\n");
        awaitHealth(daemon, port);
        assertTrue(Files.exists(ownerFile()));
        daemon.destroy(); // SIGTERM to the process this test started
        assertEquals(0, exitCode(daemon));
        assertFalse(Files.exists(ownerFile()));
        assertTrue(logText().contains(" [INFO] sync daemon stopping (termination signal)"), logText());
        assertTokenNowhereButOwnerJson(daemon);
        assertLogLinesWellFormed();
    }

    @Test
    void anIdleDaemonRetiresItself() throws Exception {
        environment.put("SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS", "1.5");
        int port = freePort();
        Process daemon = start(port, token + "\n");
        awaitHealth(daemon, port);
        assertEquals(0, exitCode(daemon));
        assertTrue(logText().contains(" [INFO] self-retiring (reason=idle_timeout, port=" + port + ")"), logText());
        assertFalse(Files.exists(ownerFile()));
        assertLogLinesWellFormed();
    }

    @Test
    void startupRefusalsExitWithTheirCodes() throws Exception {
        int port = freePort();
        assertEquals(2, exitCode(start(port, "")));
        assertTrue(logText().contains(" [ERROR] no valid control token on stdin"), logText());
        assertEquals(2, exitCode(start(port, token.toUpperCase() + "\n")));

        List<String> foreignMarker = List.of(JarProcess.javaExecutable().toString(), "-jar", JarProcess.jar().toString(),
                "sync", "daemon", "run", "--port", Integer.toString(port), "--spec-kitty-daemon-root=" + temp);
        assertEquals(2, exitCode(startCommand(foreignMarker, token + "\n")));
        assertTrue(logText().contains(" [ERROR] daemon root marker " + temp + " does not match the resolved root "
                + canonicalRoot), logText());

        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(loopback(), port));
            assertEquals(3, exitCode(start(port, token + "\n")));
        }
        assertTrue(logText().contains(" [ERROR] cannot bind 127.0.0.1:" + port + ": "), logText());
        assertFalse(Files.exists(ownerFile()));
        assertLogLinesWellFormed();
        assertFalse(logText().contains(token));

        List<String> wrongForm = List.of(JarProcess.javaExecutable().toString(), "-jar", JarProcess.jar().toString(),
                "sync", "daemon", "run", "--port=" + port, "--spec-kitty-daemon-root=" + canonicalRoot);
        assertEquals(2, exitCode(startCommand(wrongForm, token + "\n")));
    }
}
