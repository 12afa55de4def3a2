package dev.speckitty.sync.cli.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.cli.SpecKittyCli;
import dev.speckitty.sync.cli.install.InstallationLocator;
import dev.speckitty.sync.cli.output.Output;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.run.DaemonArguments;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.testing.TempRoots;
import dev.speckitty.sync.fs.FsAdapters;
import dev.speckitty.sync.fs.daemon.DaemonFiles;
import dev.speckitty.sync.process.ProcessAdapters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync daemon run} in-process with the real adapters and a real loopback port of this helper's band
 * (9401–9408): the Dagger graph, the log format, the exit codes, and the termination hook.
 */
class DaemonRunnerTest {
    private static final String TOKEN = "3f9a0c5e8d7b6a5f4e3d2c1b0a998877";
    private static final Instant LOG_TIME = Instant.parse("2026-05-17T16:42:00.5Z");

    @TempDir
    Path temp;

    private Path root;
    private Path canonicalRoot;
    private Environment environment;
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    /** Records the shutdown hook instead of registering it, and what it asked to halt with. */
    private static final class RecordingHooks implements ProcessHooks {
        final List<Runnable> hooks = new ArrayList<>();
        final List<Integer> halts = new ArrayList<>();

        @Override
        public synchronized void onShutdown(Runnable hook) {
            hooks.add(hook);
        }

        @Override
        public synchronized void halt(int status) {
            halts.add(status);
        }
    }

    private final RecordingHooks hooks = new RecordingHooks();

    @BeforeEach
    void root() throws IOException {
        root = temp.resolve("root");
        Files.createDirectories(root);
        canonicalRoot = root.toRealPath();
        environment = TempRoots.environment(temp.resolve("home"), root).with(Environment.CLI_VERSION, "3.2.4")
                .with(Environment.IDLE_RETIREMENT_SECONDS, "60");
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private DaemonRunner runner(InputStream stdin) {
        InstallationLocator installations = new InstallationLocator(
                temp.resolve("install").resolve("lib").resolve("spec-kitty-sync.jar"), Optional.of("3.2.4"), temp);
        return new DaemonRunner(installations, stdin, hooks, ProcessHandle.current().pid(), () -> LOG_TIME,
                DaemonComponent::create);
    }

    private int run(DaemonRunner runner, DaemonArguments arguments) {
        return runner.run(arguments, environment, temp, output(), false);
    }

    private Output output() {
        return new Output(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String log() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static InputStream token() {
        return new ByteArrayInputStream((TOKEN + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static int freeOwnPort() throws IOException {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        for (int port = 9401; port <= 9408; port++) {
            try (ServerSocket trial = new ServerSocket()) {
                trial.bind(new InetSocketAddress(loopback, port));
                return port;
            } catch (IOException busy) {
                // taken: try the next port of the band
            }
        }
        throw new IOException("no free port in 9401-9408");
    }

    private static void awaitHealthy(int port) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (ProcessAdapters.probeLoopback().health(new SyncPort(port), Duration.ofMillis(500)) instanceof HealthProbe.Responded) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the daemon did not answer health on " + port);
    }

    private OwnerRecordReading ownerRecord() {
        return DaemonFiles.ownerRecords(FsAdapters.lockFiles(new RealClock())).read(root);
    }

    @Test
    void anUnresolvableRootExits2WithOneTimestampedLine() {
        environment = Environment.of(Map.of());
        assertEquals(2, run(runner(token()), new DaemonArguments(9401, "/r", Optional.empty())));
        assertEquals("2026-05-17T16:42:00.500000+00:00 [ERROR] cannot resolve the spec-kitty root: set SPEC_KITTY_HOME"
                + " or HOME.\n", log());
    }

    @Test
    void aForeignRootMarkerExits2() {
        assertEquals(2, run(runner(token()), new DaemonArguments(9401, "/somewhere/else", Optional.empty())));
        assertEquals("2026-05-17T16:42:00.500000+00:00 [ERROR] daemon root marker /somewhere/else does not match the"
                + " resolved root " + canonicalRoot + "\n", log());
    }

    @Test
    void anEmbeddedCliHasNoStdinSoNoToken() {
        ByteArrayOutputStream embeddedErr = new ByteArrayOutputStream();
        int exit = SpecKittyCli.run(new String[] {"sync", "daemon", "run", "--port", "9401",
                "--spec-kitty-daemon-root=" + canonicalRoot}, environment, temp,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(embeddedErr, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertTrue(embeddedErr.toString(StandardCharsets.UTF_8)
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00 \\[ERROR] no valid control token on stdin\n"),
                embeddedErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aUsageErrorIsTheCliUsageError() {
        ByteArrayOutputStream usageErr = new ByteArrayOutputStream();
        int exit = SpecKittyCli.run(new String[] {"sync", "daemon", "run", "--port=9401"}, environment, temp,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(usageErr, true, StandardCharsets.UTF_8));
        assertEquals(2, exit);
        assertEquals("Error: option --port takes its value as the next argument (--port <n>) for 'sync daemon run'\n"
                + "Run 'spec-kitty help sync daemon' for usage.\n", usageErr.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBusyPortExits3() throws IOException {
        int port = freeOwnPort();
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
            assertEquals(3, run(runner(token()), new DaemonArguments(port, canonicalRoot.toString(), Optional.empty())));
        }
        assertTrue(log().endsWith(" [ERROR] cannot bind 127.0.0.1:" + port + ": Address already in use\n"), log());
        assertInstanceOf(OwnerRecordReading.Absent.class, ownerRecord());
    }

    @Test
    void shutdownOverHttpStopsTheDaemonWithExit0AndTheHookThenDoesNothing() throws Exception {
        int port = freeOwnPort();
        DaemonRunner runner = runner(token());
        Future<Integer> exit = executor.submit(() -> run(runner, new DaemonArguments(port, canonicalRoot.toString(),
                Optional.empty())));
        awaitHealthy(port);
        OwnerRecordReading.Found found = assertInstanceOf(OwnerRecordReading.Found.class, ownerRecord());
        assertEquals(ProcessHandle.current().pid(), found.record().pid());
        assertEquals(port, found.record().port());
        assertTrue(Files.isRegularFile(OwnerRecords.ownerRecordPath(root)));
        assertEquals(200, post(port, "/api/shutdown", "{\"token\":\"" + TOKEN + "\"}"));
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertInstanceOf(OwnerRecordReading.Absent.class, ownerRecord());
        hooks.hooks.forEach(Runnable::run);
        assertEquals(List.of(), hooks.halts, "after a normal return the JVM exits with run's own code");
        assertFalse(log().contains(TOKEN));
        assertTrue(log().contains(" [INFO] sync daemon stopped (pid " + ProcessHandle.current().pid() + ", port " + port
                + ")\n"), log());
    }

    @Test
    void aTerminationSignalStopsGracefullyAndHaltsWithZero() throws Exception {
        int port = freeOwnPort();
        DaemonRunner runner = runner(token());
        Future<Integer> exit = executor.submit(() -> run(runner, new DaemonArguments(port, canonicalRoot.toString(),
                Optional.empty())));
        awaitHealthy(port);
        assertEquals(1, hooks.hooks.size());
        hooks.hooks.get(0).run();
        assertEquals(List.of(0), hooks.halts);
        assertInstanceOf(OwnerRecordReading.Absent.class, ownerRecord());
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertTrue(log().contains(" [INFO] sync daemon stopping (termination signal)\n"), log());
    }

    private static int post(int port, String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 2000);
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return Integer.parseInt(response.split(" ", 3)[1]);
        }
    }
}
