package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ClassifyOwnerRecord;
import dev.speckitty.sync.core.daemon.ControlDaemon;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.VerifyDaemonProcess;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The root and the ports through which a foreground observes and controls the daemons of that root, shared by
 * ensure, stop and restart of one invocation. Warnings printed through {@link #warnOnce} appear at most once per
 * invocation (daemon.md §3.5), however many of those procedures run.
 */
public final class DaemonContext {
    private final Path root;
    private final String daemonScopeRoot;
    private final Clock clock;
    private final OperatorLog log;
    private final LockFiles locks;
    private final StateFiles stateFiles;
    private final OwnerRecords ownerRecords;
    private final ProcessTable processTable;
    private final ListenerPids listenerPids;
    private final ProbeLoopback probe;
    private final Signals signals;
    private final ControlDaemon control;
    private final CheckExecutable checkExecutable;
    private final Set<String> warned = new HashSet<>();

    /**
     * @param root            {@code <R>}, absolute and lexically normalised
     * @param daemonScopeRoot the canonical {@code <R>} (on-disk.md §2.2): root marker and {@code singleton_scope_id}
     */
    public DaemonContext(Path root, String daemonScopeRoot, Clock clock, OperatorLog log, LockFiles locks,
                         StateFiles stateFiles, OwnerRecords ownerRecords, ProcessTable processTable,
                         ListenerPids listenerPids, ProbeLoopback probe, Signals signals, ControlDaemon control,
                         CheckExecutable checkExecutable) {
        this.root = Objects.requireNonNull(root, "root");
        this.daemonScopeRoot = Objects.requireNonNull(daemonScopeRoot, "daemonScopeRoot");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.log = Objects.requireNonNull(log, "log");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.stateFiles = Objects.requireNonNull(stateFiles, "stateFiles");
        this.ownerRecords = Objects.requireNonNull(ownerRecords, "ownerRecords");
        this.processTable = Objects.requireNonNull(processTable, "processTable");
        this.listenerPids = Objects.requireNonNull(listenerPids, "listenerPids");
        this.probe = Objects.requireNonNull(probe, "probe");
        this.signals = Objects.requireNonNull(signals, "signals");
        this.control = Objects.requireNonNull(control, "control");
        this.checkExecutable = Objects.requireNonNull(checkExecutable, "checkExecutable");
    }

    public Path root() {
        return root;
    }

    public String daemonScopeRoot() {
        return daemonScopeRoot;
    }

    public Clock clock() {
        return clock;
    }

    public OperatorLog log() {
        return log;
    }

    public LockFiles locks() {
        return locks;
    }

    public StateFiles stateFiles() {
        return stateFiles;
    }

    public OwnerRecords ownerRecords() {
        return ownerRecords;
    }

    public ProcessTable processTable() {
        return processTable;
    }

    public ListenerPids listenerPids() {
        return listenerPids;
    }

    public ProbeLoopback probe() {
        return probe;
    }

    public Signals signals() {
        return signals;
    }

    public ControlDaemon control() {
        return control;
    }

    public CheckExecutable checkExecutable() {
        return checkExecutable;
    }

    public VerifyDaemonProcess verifier() {
        return new VerifyDaemonProcess(processTable, daemonScopeRoot);
    }

    public ClassifyOwnerRecord ownerClassifier() {
        return new ClassifyOwnerRecord(processTable, checkExecutable);
    }

    /**
     * Runs {@code work} holding {@code sync-daemon.lock} (reentrant, 60 s budget; on-disk.md §4.4), so callers such
     * as {@code sync now} can hold it across ensure and the trigger.
     */
    public <T> T underDaemonLock(Supplier<T> work) throws LockUnavailableException {
        LockFiles.Held held = locks.acquire(root, LockName.SYNC_DAEMON);
        try {
            return work.get();
        } finally {
            held.close();
        }
    }

    /** Logs {@code [WARN] <message>} unless this exact warning was already logged in this invocation. */
    public void warnOnce(String message) {
        boolean first;
        synchronized (warned) {
            first = warned.add(message);
        }
        if (first) {
            log.warn(message);
        }
    }
}
