package dev.speckitty.sync.core.doctor;

import dev.speckitty.sync.core.boundary.SafeText;
import dev.speckitty.sync.core.cleanup.CleanupClass;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** The findings table of cli.md §13.3, ordered by id. Pure. */
public final class AuthDoctorFindings {

    static final Finding.Remedy AUTH_STATUS = new Finding.Remedy("spec-kitty auth status",
            "Show why no identity resolves; log in with the spec-kitty reference CLI.");
    static final String SWEEP = "Sweep orphan daemons in the reserved port range.";

    private AuthDoctorFindings() {
    }

    public static List<Finding> of(DoctorFacts facts) {
        List<Finding> findings = new ArrayList<>();
        if (!facts.authenticated()) {
            findings.add(new Finding("F-001", facts.saasSyncEnabled() ? Finding.Severity.CRITICAL
                    : Finding.Severity.INFO, "No authenticated identity is available", Optional.of(AUTH_STATUS)));
        }
        if (!facts.orphans().isEmpty()) {
            boolean anySafeAuto = facts.orphans().stream().anyMatch(o -> o.cleanupClass() == CleanupClass.SAFE_AUTO);
            String ports = facts.orphans().stream().map(IdentityRecord::port).sorted().map(String::valueOf)
                    .collect(Collectors.joining(", "));
            findings.add(new Finding("F-002", Finding.Severity.WARN, facts.orphans().size()
                    + " orphan daemon(s) detected on port(s) " + ports, Optional.of(new Finding.Remedy(anySafeAuto
                    ? "spec-kitty auth doctor --reset" : "spec-kitty auth doctor --reset --force", SWEEP))));
        }
        facts.recordedDaemon().ifPresent(daemon -> {
            if (daemon.healthy() && !Objects.equals(daemon.packageVersion(), facts.foregroundPackageVersion())) {
                findings.add(new Finding("F-004", Finding.Severity.WARN, "Recorded sync daemon runs package version "
                        + SafeText.of(String.valueOf(daemon.packageVersion())) + "; this CLI is "
                        + SafeText.of(facts.foregroundPackageVersion()), Optional.of(new Finding.Remedy(
                        "spec-kitty doctor restart-daemon", "Restart the daemon at this CLI's version."))));
            }
            if (!daemon.healthy()) {
                findings.add(new Finding("F-005", Finding.Severity.INFO, "Recorded sync daemon is not healthy",
                        Optional.of(new Finding.Remedy("spec-kitty auth doctor --reset",
                                "Clear the unhealthy daemon metadata."))));
            }
        });
        if (facts.sessionRejected()) {
            findings.add(new Finding("F-006", Finding.Severity.WARN, "Session file rejected: "
                    + SafeText.of(String.valueOf(facts.sessionDiagnostic())), Optional.of(new Finding.Remedy(
                    "spec-kitty auth status", "Inspect the session file problem."))));
        }
        if (facts.ownerRecordState().equals("orphan")) {
            findings.add(new Finding("F-009", Finding.Severity.WARN, "Orphan daemon owner record "
                    + facts.ownerRecordPath(), Optional.of(facts.orphanRecordPidListens()
                    ? new Finding.Remedy("spec-kitty doctor restart-daemon",
                            "Restart the daemon to replace its orphan owner record.")
                    : new Finding.Remedy("spec-kitty doctor orphan-daemons --retire",
                            "Retire the orphan owner record."))));
        }
        if (facts.ownerRecordState().equals("unreadable")) {
            findings.add(new Finding("F-010", Finding.Severity.WARN, "Daemon owner record " + facts.ownerRecordPath()
                    + " is unreadable (" + facts.ownerRecordUnreadableReason() + ")", Optional.of(new Finding.Remedy(
                    "spec-kitty doctor restart-daemon", "Replace the unreadable owner record."))));
        }
        return List.copyOf(findings);
    }

    /** Whether any finding is critical (exit 1 of cli.md §13.5). */
    public static boolean anyCritical(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.CRITICAL);
    }
}
