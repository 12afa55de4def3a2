package dev.speckitty.sync.cli.live;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Real loopback listeners for the live cleanup matrix (cleanup.md §12), started as {@code python3} children inside
 * the band this suite owns (9418–9425). Each kind has the argv and health answer its row needs: Python-shaped
 * ({@code -c} + {@code run_sync_daemon(<p>)}), Java-shaped ({@code sync daemon run --port <p>}), with or without
 * the root marker, wedged, third-party, dashboard family. Every child is stopped by the pid this class started.
 */
final class TestListeners implements AutoCloseable {

    static final int BAND_FIRST = 9418;
    static final int BAND_LAST = 9425;

    private static final String SERVER = String.join("\n",
            "import os, json, signal, socket, http.server",
            "def serve(port):",
            "    mode = os.environ.get('SKT_MODE', 'sync')",
            "    if os.environ.get('SKT_IGNORE_TERM'):",
            "        signal.signal(signal.SIGTERM, signal.SIG_IGN)",
            "    if mode == 'wedged' or mode == 'idle':",
            "        if mode == 'wedged':",
            "            s = socket.socket()",
            "            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)",
            "            s.bind(('127.0.0.1', port))",
            "            s.listen(16)",
            "        while True:",
            "            signal.pause()",
            "    class Health(http.server.BaseHTTPRequestHandler):",
            "        def log_message(self, *args):",
            "            pass",
            "        def do_GET(self):",
            "            if mode == 'third_party':",
            "                body = {'hello': 'world'}",
            "            elif mode == 'dashboard':",
            "                body = {'project_path': '/tmp/project', 'status': 'ready', 'daemon_family': 'dashboard'}",
            "            else:",
            "                body = {'status': 'ok', 'daemon_family': 'sync', 'protocol_version': 1,",
            "                        'package_version': os.environ['SKT_VERSION'],",
            "                        'singleton_scope_id': os.environ.get('SKT_SCOPE'),",
            "                        'sync': {'running': False, 'last_sync': None, 'consecutive_failures': 0},",
            "                        'owner': {'pid': os.getpid() + int(os.environ.get('SKT_PID_DELTA', '0')),",
            "                                  'port': port, 'token': '<redacted>'}}",
            "            data = json.dumps(body).encode()",
            "            self.send_response(200)",
            "            self.send_header('Content-Type', 'application/json')",
            "            self.send_header('Content-Length', str(len(data)))",
            "            self.end_headers()",
            "            self.wfile.write(data)",
            "    http.server.HTTPServer.allow_reuse_address = True",
            "    http.server.HTTPServer(('127.0.0.1', port), Health).serve_forever()",
            "");

    /** A started listener: its pid, port and process handle (the only process a test may signal). */
    record Listener(long pid, int port, Process process) {
    }

    private final List<Listener> started = new ArrayList<>();
    private final List<Integer> taken = new ArrayList<>();

    /** The first port of the band that nothing listens on and that this test has not used yet. */
    int freePort() throws IOException {
        for (int port = BAND_FIRST; port <= BAND_LAST; port++) {
            if (taken.contains(port)) {
                continue;
            }
            try (ServerSocket probe = new ServerSocket()) {
                probe.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
                taken.add(port);
                return port;
            } catch (IOException busy) {
                // another process holds it: tolerated, take the next one
            }
        }
        throw new IOException("no free port left in " + BAND_FIRST + "-" + BAND_LAST);
    }

    /** A Python-shaped sync daemon (the reference's argv) answering health like a daemon of this version. */
    Listener pythonDaemon(int port, String version, String marker) throws IOException {
        List<String> argv = new ArrayList<>(List.of("python3", "-c", SERVER + "run_sync_daemon = serve\n"
                + "run_sync_daemon(" + port + ")\n"));
        markers(argv, marker, "/usr/bin/python3");
        return start(argv, port, Map.of("SKT_VERSION", version, "SKT_SCOPE", scope(marker)));
    }

    /** A Java-shaped sync daemon ({@code sync daemon run --port <p>}); {@code marker} null = pre-marker. */
    Listener javaDaemon(int port, String version, String marker, Map<String, String> extra) throws IOException {
        List<String> argv = new ArrayList<>(List.of("python3", "-c", SERVER + "serve(int(os.environ['SKT_PORT']))\n",
                "sync", "daemon", "run", "--port", Integer.toString(port)));
        markers(argv, marker, "/opt/spec-kitty/lib/spec-kitty-sync.jar");
        Map<String, String> env = new HashMap<>(extra);
        env.put("SKT_VERSION", version);
        env.put("SKT_SCOPE", scope(marker));
        return start(argv, port, env);
    }

    /** Spawn shape and marker, accepts TCP connections, never answers HTTP. */
    Listener wedged(int port, String marker) throws IOException {
        return javaDaemon(port, "3.2.4", marker, Map.of("SKT_MODE", "wedged"));
    }

    /** A plain HTTP server without spawn shape answering {@code {"hello":"world"}}. */
    Listener thirdParty(int port) throws IOException {
        return start(List.of("python3", "-c", SERVER + "serve(int(os.environ['SKT_PORT']))\n"), port,
                Map.of("SKT_MODE", "third_party"));
    }

    /** A dashboard-shaped server reporting {@code "daemon_family":"dashboard"}. */
    Listener dashboard(int port) throws IOException {
        return start(List.of("python3", "-c", SERVER + "serve(int(os.environ['SKT_PORT']))\n"), port,
                Map.of("SKT_MODE", "dashboard"));
    }

    /** A process that listens on nothing (for an owner record naming a live non-daemon pid). */
    Listener idleProcess() throws IOException {
        return start(List.of("python3", "-c", SERVER + "serve(0)\n"), 0, Map.of("SKT_MODE", "idle"));
    }

    private static void markers(List<String> argv, String marker, String exec) {
        if (marker != null) {
            argv.add("--spec-kitty-daemon-root=" + marker);
        }
        argv.add("--spec-kitty-daemon-exec=" + exec);
    }

    private static String scope(String marker) {
        return marker == null ? "" : marker;
    }

    private Listener start(List<String> argv, int port, Map<String, String> env) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        builder.environment().put("SKT_PORT", Integer.toString(port));
        Process process = builder.start();
        Listener listener = new Listener(process.pid(), port, process);
        started.add(listener);
        if (port > 0) {
            awaitListening(port, process);
        }
        return listener;
    }

    private static void awaitListening(int port, Process process) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 50);
                return;
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IOException("listener on " + port + " exited with " + process.exitValue());
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        }
        throw new IOException("listener on " + port + " did not come up within 10 s");
    }

    static boolean alive(Listener listener) {
        return listener.process().isAlive();
    }

    /** Waits (bounded) for the process the sweep signalled to be reaped, so liveness checks are exact. */
    static boolean exitedWithin(Listener listener, Duration timeout) throws InterruptedException {
        return listener.process().waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        for (Listener listener : started) {
            if (listener.process().isAlive()) {
                listener.process().destroyForcibly();
                listener.process().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    static Path canonical(Path path) throws IOException {
        return path.toRealPath();
    }
}
