package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.SafeText;
import dev.speckitty.sync.core.cleanup.ClearUnhealthyDaemon;
import dev.speckitty.sync.core.cleanup.DiscoverListeners;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.LiveOrphanScanner;
import dev.speckitty.sync.core.cleanup.SweepLiveOrphans;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.ClassifyOwnerRecord;
import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.time.IsoTimestamps;
import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OrphanVerdict;
import dev.speckitty.sync.core.daemon.OwnerRecordStatus;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProbeLoopback;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.doctor.AuthDoctorFindings;
import dev.speckitty.sync.core.doctor.DoctorFacts;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.OperatorLog;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code spec-kitty auth doctor [--json] [--reset [--force]]} (cli.md §13, cleanup.md §10). Without {@code --reset}
 * it is read-only. With it: sweep the live orphan daemons under {@code sync-daemon.lock} (safe_auto; with
 * {@code --force} operator_required too), then clear an unhealthy recorded daemon, then rebuild the whole report.
 */
public final class AuthDoctorCommand {

    /** The single report probe of the recorded singleton (daemon.md §7.3, §15). */
    static final Duration REPORT_PROBE_TIMEOUT = Duration.ofMillis(500);

    private final ResolvedIdentity identity;
    private final Environment environment;
    private final Installation installation;
    private final Path root;
    private final Clock clock;
    private final OperatorLog log;
    private final StateFiles stateFiles;
    private final OwnerRecords ownerRecords;
    private final ProbeLoopback loopback;
    private final ProcessTable processTable;
    private final CheckExecutable checkExecutable;
    private final ListenerPids listenerPids;
    private final DiscoverListeners discovery;
    private final LiveOrphanScanner scanner;
    private final SweepLiveOrphans sweep;
    private final ClearUnhealthyDaemon clearUnhealthy;

    @Inject
    public AuthDoctorCommand(ResolvedIdentity identity, Environment environment, Installation installation,
                             @Root Path root, Clock clock, OperatorLog log, StateFiles stateFiles,
                             OwnerRecords ownerRecords, ProbeLoopback loopback, ProcessTable processTable,
                             CheckExecutable checkExecutable, ListenerPids listenerPids, DiscoverListeners discovery,
                             LiveOrphanScanner scanner, SweepLiveOrphans sweep, ClearUnhealthyDaemon clearUnhealthy) {
        this.identity = identity;
        this.environment = environment;
        this.installation = installation;
        this.root = root;
        this.clock = clock;
        this.log = log;
        this.stateFiles = stateFiles;
        this.ownerRecords = ownerRecords;
        this.loopback = loopback;
        this.processTable = processTable;
        this.checkExecutable = checkExecutable;
        this.listenerPids = listenerPids;
        this.discovery = discovery;
        this.scanner = scanner;
        this.sweep = sweep;
        this.clearUnhealthy = clearUnhealthy;
    }

    public AuthDoctorReport run(boolean reset, boolean force) {
        AuthDoctorReport report = build(Optional.empty());
        if (!reset) {
            return report;
        }
        SweepResult swept = SweepResult.EMPTY;
        if (!report.orphans().isEmpty()) {
            try {
                swept = sweep.run(root, force, installation.packageVersion());
            } catch (RuntimeException scanFailed) {
                log.warn(LiveOrphanScanner.diagnostic(scanFailed));
            }
        }
        Optional<ClearUnhealthyDaemon.StopReport> stop = Optional.empty();
        AuthDoctorReport afterSweep = build(Optional.empty());
        if (afterSweep.daemon().map(d -> !d.active()).orElse(false)) {
            stop = clearUnhealthy.clear(root, discovery.scopeRoot(root));
        }
        return build(Optional.of(new AuthDoctorReport.Reset(force, swept, stop)));
    }

    private AuthDoctorReport build(Optional<AuthDoctorReport.Reset> reset) {
        Optional<AuthDoctorReport.Daemon> daemon = recordedDaemon();
        OwnerRecordStatus ownerStatus = new ClassifyOwnerRecord(processTable, checkExecutable)
                .classify(ownerRecords.read(root));
        FindLiveOrphans.LiveOrphanScan scan = scanner.scan(root);
        boolean orphanPidListens = ownerStatus instanceof OwnerRecordStatus.Orphan orphan
                && OrphanVerdict.pidListensOnItsPort(orphan.record(), listenerPids.listenerPid(orphan.record().port()));
        AuthDoctorReport.OwnerRecord owner = ownerRecord(ownerStatus);
        DoctorFacts facts = new DoctorFacts(identity.authenticated(), environment.saasSyncEnabled(),
                identity.session().status() == SessionStatus.REJECTED, identity.session().diagnostic(),
                scan.orphans(), daemon.map(d -> new DoctorFacts.RecordedDaemonHealth(d.active(), d.packageVersion())),
                installation.packageVersion(), owner.status(), owner.path().toString(), owner.reason(),
                orphanPidListens);
        return new AuthDoctorReport(IsoTimestamps.seconds(clock.now()), root, environment.saasSyncEnabled(),
                identity, daemon, owner, scan.diagnostic(), scan.orphans(), AuthDoctorFindings.of(facts), reset);
    }

    /** cleanup.md §10.2 {@code daemon}: null without a valid state file; one health probe (report command). */
    private Optional<AuthDoctorReport.Daemon> recordedDaemon() {
        if (!(stateFiles.read(root) instanceof StateFileReading.Valid valid)) {
            return Optional.empty();
        }
        StateFile state = valid.state();
        Optional<HealthReport> healthy = state.healthyReport(loopback.health(state.port(), REPORT_PROBE_TIMEOUT));
        Long pid = state.pid().isPresent() ? state.pid().getAsLong() : null;
        return Optional.of(new AuthDoctorReport.Daemon(healthy.isPresent(), pid, state.port().value(),
                healthy.map(HealthReport::packageVersion).orElse(null),
                healthy.map(HealthReport::protocolVersion).orElse(null)));
    }

    private AuthDoctorReport.OwnerRecord ownerRecord(OwnerRecordStatus status) {
        Path path = OwnerRecords.ownerRecordPath(root);
        if (status instanceof OwnerRecordStatus.Present present) {
            return new AuthDoctorReport.OwnerRecord("present", path, present.record().pid(), present.record().port(),
                    present.record().packageVersion(), List.of(), null, null);
        }
        if (status instanceof OwnerRecordStatus.Orphan orphan) {
            return new AuthDoctorReport.OwnerRecord("orphan", path, orphan.record().pid(), orphan.record().port(),
                    orphan.record().packageVersion(), orphan.reasons().stream().map(OrphanReason::code).toList(),
                    null, null);
        }
        if (status instanceof OwnerRecordStatus.Unreadable unreadable) {
            return new AuthDoctorReport.OwnerRecord("unreadable", path, null, null, null, List.of(),
                    unreadable.reading().reason().code(), SafeText.of(unreadable.reading().detail()));
        }
        return new AuthDoctorReport.OwnerRecord("absent", path, null, null, null, List.of(), null, null);
    }
}
