package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Discovery (cleanup.md §3): every listener of the scan range, ascending by port, described as an identity record
 * (§4) and classified (§7). Read-only: it connects, probes health, reads the process table, the state file and
 * owner.json, and never signals or writes. A per-port error only leaves that port's facts absent; an exception
 * escapes only when the scan as a whole cannot run.
 */
public final class DiscoverListeners {

    /** cleanup.md §3.1 step 1 (daemon.md §15: cleanup scan connect check). */
    public static final Duration CONNECT_TIMEOUT = Duration.ofMillis(50);
    /** cleanup.md §3.1 step 2 (daemon.md §15: cleanup scan health probe). */
    public static final Duration HEALTH_TIMEOUT = Duration.ofMillis(500);

    private final ScanLoopbackPorts scanner;
    private final ListenerPids listenerPids;
    private final ProcessTable processTable;
    private final StateFiles stateFiles;
    private final OwnerRecords ownerRecords;
    private final CanonicalPaths canonicalPaths;
    private final PortRange scanRange;

    /** @param scanRange the range {@code SPEC_KITTY_SYNC_PORT_RANGE} selects (cleanup.md §2.2) */
    public DiscoverListeners(ScanLoopbackPorts scanner, ListenerPids listenerPids, ProcessTable processTable,
                             StateFiles stateFiles, OwnerRecords ownerRecords, CanonicalPaths canonicalPaths,
                             PortRange scanRange) {
        this.scanner = Objects.requireNonNull(scanner, "scanner");
        this.listenerPids = Objects.requireNonNull(listenerPids, "listenerPids");
        this.processTable = Objects.requireNonNull(processTable, "processTable");
        this.stateFiles = Objects.requireNonNull(stateFiles, "stateFiles");
        this.ownerRecords = Objects.requireNonNull(ownerRecords, "ownerRecords");
        this.canonicalPaths = Objects.requireNonNull(canonicalPaths, "canonicalPaths");
        this.scanRange = Objects.requireNonNull(scanRange, "scanRange");
    }

    /** The foreground's daemon scope root: the canonical path of {@code <R>} (on-disk.md §2.2). */
    public String scopeRoot(Path root) {
        return canonicalPaths.canonical(root.toString());
    }

    /**
     * Every listener of the scan range with its record, ascending by port (never_touch ones included).
     *
     * @throws RuntimeException only when the scan as a whole cannot run
     */
    public List<IdentityRecord> discover(Path root) {
        String scopeRoot = scopeRoot(root);
        RecordedSingleton recorded = recordedSingleton(root);
        Optional<OwnerRecord> owner = ownerRecord(root);
        List<SyncPort> ports = scanRange.ports().stream().map(SyncPort::new).toList();
        List<IdentityRecord> records = new ArrayList<>();
        for (ScanLoopbackPorts.PortProbe probe : scanner.scan(ports, CONNECT_TIMEOUT, HEALTH_TIMEOUT)) {
            if (probe.listening()) {
                records.add(IdentityRecord.describe(observe(probe, recorded, owner), scopeRoot,
                        canonicalPaths::canonical));
            }
        }
        records.sort((a, b) -> Integer.compare(a.port(), b.port()));
        return List.copyOf(records);
    }

    private ListenerObservation observe(ScanLoopbackPorts.PortProbe probe, RecordedSingleton recorded,
                                        Optional<OwnerRecord> owner) {
        int port = probe.port().value();
        Long pid = listenerPid(port);
        List<String> argv = List.of();
        String executable = null;
        Instant started = null;
        if (pid != null) {
            Optional<ProcessFacts> facts = processFacts(pid);
            argv = facts.flatMap(ProcessFacts::argv).orElse(List.of());
            executable = facts.flatMap(ProcessFacts::executable).map(Path::toString).orElse(null);
            started = facts.flatMap(ProcessFacts::startInstant).orElse(null);
        }
        long knownPid = pid == null ? 0 : pid;
        boolean ownerPresent = pid != null && owner.map(record -> record.names(knownPid, port)).orElse(false);
        return new ListenerObservation(port, pid, probe.health().orElseThrow(), argv, executable, started,
                ownerPresent, recorded);
    }

    /** §3.2; a failing lookup leaves the pid unknown (a per-port error never aborts the scan). */
    private Long listenerPid(int port) {
        try {
            OptionalLong pid = listenerPids.listenerPid(port);
            return pid.isPresent() && pid.getAsLong() > 0 ? pid.getAsLong() : null;
        } catch (RuntimeException perPortError) {
            return null;
        }
    }

    /** §3.1 step 4; a failing read leaves argv empty and the other facts unknown. */
    private Optional<ProcessFacts> processFacts(long pid) {
        try {
            return Optional.of(processTable.facts(pid));
        } catch (RuntimeException perPortError) {
            return Optional.empty();
        }
    }

    /** §3.1 step 5: read once per scan; invalid or absent means no singleton. */
    private RecordedSingleton recordedSingleton(Path root) {
        if (stateFiles.read(root) instanceof StateFileReading.Valid valid) {
            OptionalLong pid = valid.state().pid();
            return new RecordedSingleton(valid.state().port().value(), pid.isPresent() ? pid.getAsLong() : null);
        }
        return null;
    }

    /** owner.json is read once per scan, for {@code owner_present} only (reporting, never a predicate). */
    private Optional<OwnerRecord> ownerRecord(Path root) {
        return ownerRecords.read(root) instanceof OwnerRecordReading.Found found
                ? Optional.of(found.record()) : Optional.empty();
    }
}
