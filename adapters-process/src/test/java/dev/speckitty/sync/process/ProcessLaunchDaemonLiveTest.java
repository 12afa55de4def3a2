package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.DaemonLaunch;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.LaunchDaemonContract;
import dev.speckitty.sync.core.daemon.LaunchedDaemon;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.testing.OpenPort;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher spawning the test-only {@link StubSyncDaemon} with {@code -cp}, as real processes on real ports
 * of this helper's band. Every child is ended by the contract through its handle; stubs also retire themselves.
 */
@Tag("live")
class ProcessLaunchDaemonLiveTest extends LaunchDaemonContract {
    private static final Duration BOUND = Duration.ofSeconds(15);

    @TempDir
    Path temp;
    private Path root;
    private final WallClock clock = new WallClock();
    private final LaunchDaemon launcher = ProcessAdapters.launchDaemon(ProcessAdapters.runningJavaLauncher(),
            ProcessAdapters.classpathProgram(System.getProperty("java.class.path"), StubSyncDaemon.class.getName()));

    @BeforeEach
    void createRoot() throws IOException {
        root = Files.createDirectory(temp.toRealPath().resolve("root"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    }

    @Override
    protected LaunchDaemon launcher() {
        return launcher;
    }

    @Override
    protected ProbeLoopback probe() {
        return ProcessAdapters.probeLoopback();
    }

    @Override
    protected ProcessTable processTable() {
        return ProcessAdapters.processTable();
    }

    @Override
    protected Clock clock() {
        return clock;
    }

    @Override
    protected Path root() {
        return root;
    }

    @Override
    protected Environment environment() {
        return Environment.of(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
                Environment.IDLE_RETIREMENT_SECONDS, "60", Environment.SYNC_PORT_RANGE, LiveBand.RANGE));
    }

    @Override
    protected SyncPort freePort() throws IOException {
        return LiveBand.freePort();
    }

    @Override
    protected OpenPort occupy() throws IOException {
        ServerSocket socket = LiveBand.occupy();
        return new OpenPort(socket.getLocalPort(), ProcessHandle.current().pid(), socket);
    }

    @Test
    void theChildRunsInTheRootWithItsEnvironmentAndLogsToAnOwnerOnlyFile() throws Exception {
        Files.writeString(root.resolve("sync-daemon.log"), "earlier line\n");
        Files.setPosixFilePermissions(root.resolve("sync-daemon.log"), PosixFilePermissions.fromString("rw-------"));
        SyncPort port = LiveBand.freePort();
        LaunchedDaemon child = launcher.launch(new DaemonLaunch(root, root.toString(), port, TOKEN,
                "/opt/sk/lib/spec-kitty-sync.jar", "9.8.7", environment().with("OPERATOR_VARIABLE", "kept")));
        try {
            assertTrue(await(() -> Files.readString(root.resolve("sync-daemon.log")).contains("listening")),
                    "the child's stderr is appended to the log");
            Path proc = Path.of("/proc", Long.toString(child.pid()));
            assertEquals(root, Files.readSymbolicLink(proc.resolve("cwd")));
            String environ = new String(Files.readAllBytes(proc.resolve("environ")), StandardCharsets.UTF_8);
            List<String> variables = List.of(environ.split("\0"));
            assertTrue(variables.contains("SPEC_KITTY_HOME=" + root), "SPEC_KITTY_HOME is the root");
            assertTrue(variables.contains("SPEC_KITTY_CLI_VERSION=9.8.7"));
            assertTrue(variables.contains("OPERATOR_VARIABLE=kept"), "a copy of the spawner's environment");
            assertTrue(variables.stream().noneMatch(v -> v.contains(TOKEN.value())), "no token in the environment");
            if (ProcessLaunchDaemon.setsid(environment()).isPresent()) {
                // setsid exec'd the JVM without forking: the handle's pid leads its own new session
                String stat = Files.readString(proc.resolve("stat"));
                String[] afterName = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                assertEquals(Long.toString(child.pid()), afterName[3], "session id of the child");
            }
            assertTrue(Files.readString(root.resolve("sync-daemon.log")).startsWith("earlier line\n"), "appended");
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(root.resolve("sync-daemon.log")));
        } finally {
            child.kill();
        }
    }

    @Test
    void theLogIsCreatedOwnerOnlyWhenAbsent() throws Exception {
        LaunchedDaemon child = launcher.launch(new DaemonLaunch(root, root.toString(), LiveBand.freePort(), TOKEN,
                "/opt/sk/lib/spec-kitty-sync.jar", "9.8.7", environment()));
        try {
            assertEquals(PosixFilePermissions.fromString("rw-------"),
                    Files.getPosixFilePermissions(root.resolve("sync-daemon.log")));
        } finally {
            child.kill();
        }
    }

    private boolean await(IoCondition condition) throws Exception {
        long start = System.nanoTime();
        while (System.nanoTime() - start < BOUND.toNanos()) {
            if (condition.holds()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.holds();
    }

    @FunctionalInterface
    private interface IoCondition {
        boolean holds() throws IOException;
    }
}
