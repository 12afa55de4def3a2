package dev.speckitty.sync.process;

import dev.speckitty.sync.core.cleanup.ScanLoopbackPorts;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import java.nio.file.Path;

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

    /** Authenticated {@code /api/shutdown} and {@code /api/sync/trigger} requests to 127.0.0.1 (daemon.md §6.2). */
    public static ControlDaemon controlDaemon() {
        return new LoopbackControlDaemon();
    }

    /** SIGTERM/SIGKILL: the only adapter that can hurt anyone; use it only after a fresh verification. */
    public static Signals signals() {
        return new ProcessHandleSignals();
    }
}
