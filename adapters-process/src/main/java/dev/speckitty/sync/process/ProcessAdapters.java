package dev.speckitty.sync.process;

import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/** The process-side adapters, bound by the Dagger module of app-cli. All are stateless and thread-safe. */
public final class ProcessAdapters {
    private static final Path PROC = Path.of("/proc");

    private ProcessAdapters() {
    }

    /** Facts from /proc (ProcessHandle where there is no /proc); never signals. */
    public static ProcessTable processTable() {
        return new ProcFsProcessTable(PROC);
    }

    /** Listener pids from /proc/net/tcp, /proc/net/tcp6 and /proc/[pid]/fd. */
    public static ListenerPids listenerPids() {
        return new ProcNetListenerPids(PROC);
    }

    /** Connect checks and health probes of 127.0.0.1 sync-range ports. */
    public static ProbeLoopback probeLoopback() {
        return new SocketProbeLoopback();
    }

    /** Connect checks and health probes of many sync-range ports at once (the live scan of cleanup.md §3). */
    public static ScanLoopbackPorts scanLoopbackPorts() {
        return new ConcurrentLoopbackScan(new SocketProbeLoopback());
    }

    /** SIGTERM/SIGKILL: the only adapter that can hurt anyone; use it only after a fresh verification. */
    public static Signals signals() {
        return new ProcessHandleSignals();
    }

    /** Authenticated {@code /api/shutdown} and {@code /api/sync/trigger} to 127.0.0.1 sync-range ports. */
    public static ControlDaemon controlDaemon() {
        return new HttpControlDaemon();
    }

    /** The trial bind of port allocation. */
    public static TryBindLoopback tryBindLoopback() {
        return new SocketTryBindLoopback();
    }

    /**
     * Spawns daemons with this JVM launcher and program arguments ({@link #jarProgram} or {@link #classpathProgram}).
     * Tests pass another launcher or a copied installation's jar.
     */
    public static LaunchDaemon launchDaemon(Path javaLauncher, List<String> program) {
        return new ProcessLaunchDaemon(javaLauncher, program);
    }

    /**
     * Spawns daemons running this very program (daemon.md §4.1): the running JVM's launcher, then {@code -jar <jar>}
     * when {@code executable} is a jar file, else {@code -cp <this JVM's class path> <mainClass>}.
     *
     * @param executable the canonical path of the running jar or classes directory ({@code executable_path})
     */
    public static LaunchDaemon launchThisProgram(Path executable, String mainClass) {
        boolean jar = Files.isRegularFile(executable, LinkOption.NOFOLLOW_LINKS)
                && executable.getFileName().toString().endsWith(".jar");
        return launchDaemon(runningJavaLauncher(), jar ? jarProgram(executable)
                : classpathProgram(System.getProperty("java.class.path"), mainClass));
    }

    public static List<String> jarProgram(Path jar) {
        return List.of("-jar", jar.toString());
    }

    public static List<String> classpathProgram(String classpath, String mainClass) {
        return List.of("-cp", classpath, mainClass);
    }

    /**
     * The canonical path of the running JVM's launcher: {@code ProcessHandle.current().info().command()}, else
     * {@code <java.home>/bin/java} (daemon.md §4.1).
     */
    public static Path runningJavaLauncher() {
        Path launcher = ProcessHandle.current().info().command().map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java"));
        try {
            return launcher.toRealPath();
        } catch (IOException unresolvable) {
            return launcher.toAbsolutePath().normalize();
        }
    }
}
