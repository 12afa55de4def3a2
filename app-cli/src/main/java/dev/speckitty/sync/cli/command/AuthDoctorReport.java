package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.cleanup.ClearUnhealthyDaemon;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.doctor.AuthDoctorFindings;
import dev.speckitty.sync.core.doctor.Finding;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of {@code auth doctor} (cli.md §13, cleanup.md §10): identity, recorded daemon, owner record, live
 * orphan daemons, findings, and with {@code --reset} what the reset did. With {@code --reset} the report is the one
 * rebuilt after every reset action (clarifications #27).
 */
public record AuthDoctorReport(
        String generatedAt,
        Path authRoot,
        boolean saasSyncEnabled,
        ResolvedIdentity identity,
        Optional<Daemon> daemon,
        OwnerRecord ownerRecord,
        Optional<String> scanDiagnostic,
        List<IdentityRecord> orphans,
        List<Finding> findings,
        Optional<Reset> reset) implements CommandResult {

    public AuthDoctorReport {
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(authRoot, "authRoot");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(daemon, "daemon");
        Objects.requireNonNull(ownerRecord, "ownerRecord");
        Objects.requireNonNull(scanDiagnostic, "scanDiagnostic");
        orphans = List.copyOf(orphans);
        findings = List.copyOf(findings);
        Objects.requireNonNull(reset, "reset");
    }

    /** The recorded singleton of a valid state file; {@code active} = its health probe succeeded. */
    public record Daemon(boolean active, Long pid, int port, String packageVersion, Long protocolVersion) {
    }

    /** The owner record block; {@code reason}/{@code detail} only when unreadable. */
    public record OwnerRecord(String status, Path path, Long pid, Integer port, String packageVersion,
                              List<String> orphanReasons, String reason, String detail) {
        public OwnerRecord {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(path, "path");
            orphanReasons = List.copyOf(orphanReasons);
        }
    }

    /** What {@code --reset} did: the sweep of step 2 and the stop of an unhealthy recorded daemon (step 3). */
    public record Reset(boolean force, SweepResult sweep, Optional<ClearUnhealthyDaemon.StopReport> stop) {
        public Reset {
            Objects.requireNonNull(sweep, "sweep");
            Objects.requireNonNull(stop, "stop");
        }
    }

    /** cli.md §13.5: 3 when the reset failed anywhere, else 1 with a critical finding, else 0. */
    @Override
    public int exitCode() {
        boolean resetFailed = reset.map(r -> !r.sweep().failed().isEmpty()
                || r.stop().map(ClearUnhealthyDaemon.StopReport::failed).orElse(false)).orElse(false);
        if (resetFailed) {
            return ExitCodes.FAILED;
        }
        return AuthDoctorFindings.anyCritical(findings) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
