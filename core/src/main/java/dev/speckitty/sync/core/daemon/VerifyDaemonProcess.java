package dev.speckitty.sync.core.daemon;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code verify(pid, expected port, not_after)} of daemon.md §11.1 against the live process table. Callers run
 * it immediately before each signal (TERM and KILL separately, §11.2).
 */
public final class VerifyDaemonProcess {
    private final ProcessTable processTable;
    private final String daemonScopeRoot;

    public VerifyDaemonProcess(ProcessTable processTable, String daemonScopeRoot) {
        this.processTable = Objects.requireNonNull(processTable, "processTable");
        this.daemonScopeRoot = Objects.requireNonNull(daemonScopeRoot, "daemonScopeRoot");
    }

    public Verification verify(long pid, int expectedPort, Optional<Instant> notAfter) {
        return ProcessVerification.verify(processTable.facts(pid), expectedPort, daemonScopeRoot, notAfter);
    }
}
