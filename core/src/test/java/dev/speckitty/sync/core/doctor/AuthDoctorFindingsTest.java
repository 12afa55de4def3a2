package dev.speckitty.sync.core.doctor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The findings table of cli.md §13.3. */
class AuthDoctorFindingsTest {

    private static final String PATH = "/r/sync/daemon/owner.json";

    private static DoctorFacts facts(boolean authenticated, boolean saas, Optional<DoctorFacts.RecordedDaemonHealth>
            daemon, String ownerState, boolean pidListens, boolean sessionRejected) {
        return new DoctorFacts(authenticated, saas, sessionRejected, "session.json is not valid JSON", List.of(),
                daemon, "3.2.4", ownerState, PATH, ownerState.equals("unreadable") ? "invalid_json" : null,
                pidListens);
    }

    private static Finding.Remedy remedy(Finding finding) {
        return finding.remediation().orElseThrow();
    }

    @Test
    void aHealthyCoherentSetupHasNoFinding() {
        assertEquals(List.of(), AuthDoctorFindings.of(facts(true, true,
                Optional.of(new DoctorFacts.RecordedDaemonHealth(true, "3.2.4")), "present", false, false)));
    }

    @Test
    void noIdentityIsCriticalOnlyWithSaasSync() {
        Finding enabled = AuthDoctorFindings.of(facts(false, true, Optional.empty(), "absent", false, false)).get(0);
        assertEquals(new Finding("F-001", Finding.Severity.CRITICAL, "No authenticated identity is available",
                Optional.of(new Finding.Remedy("spec-kitty auth status",
                        "Show why no identity resolves; log in with the spec-kitty reference CLI."))), enabled);
        List<Finding> disabled = AuthDoctorFindings.of(facts(false, false, Optional.empty(), "absent", false, false));
        assertEquals(Finding.Severity.INFO, disabled.get(0).severity());
        assertTrue(AuthDoctorFindings.anyCritical(List.of(enabled)));
        assertFalse(AuthDoctorFindings.anyCritical(disabled));
    }

    @Test
    void recordedDaemonFindings() {
        Finding stale = AuthDoctorFindings.of(facts(true, true,
                Optional.of(new DoctorFacts.RecordedDaemonHealth(true, "3.2.2")), "present", false, false)).get(0);
        assertEquals("F-004", stale.id());
        assertEquals("Recorded sync daemon runs package version 3.2.2; this CLI is 3.2.4", stale.summary());
        assertEquals("spec-kitty doctor restart-daemon", remedy(stale).command());
        Finding unhealthy = AuthDoctorFindings.of(facts(true, true,
                Optional.of(new DoctorFacts.RecordedDaemonHealth(false, null)), "absent", false, false)).get(0);
        assertEquals(new Finding("F-005", Finding.Severity.INFO, "Recorded sync daemon is not healthy",
                Optional.of(new Finding.Remedy("spec-kitty auth doctor --reset",
                        "Clear the unhealthy daemon metadata."))), unhealthy);
    }

    @Test
    void sessionAndOwnerRecordFindingsInIdOrder() {
        List<Finding> findings = AuthDoctorFindings.of(facts(true, true, Optional.empty(), "orphan", false, true));
        assertEquals(List.of("F-006", "F-009"), findings.stream().map(Finding::id).toList());
        assertEquals("Session file rejected: session.json is not valid JSON", findings.get(0).summary());
        assertEquals("Orphan daemon owner record " + PATH, findings.get(1).summary());
        assertEquals(new Finding.Remedy("spec-kitty doctor orphan-daemons --retire", "Retire the orphan owner record."),
                remedy(findings.get(1)));
        Finding listening = AuthDoctorFindings.of(facts(true, true, Optional.empty(), "orphan", true, false)).get(0);
        assertEquals(new Finding.Remedy("spec-kitty doctor restart-daemon",
                "Restart the daemon to replace its orphan owner record."), remedy(listening));
        Finding unreadable = AuthDoctorFindings.of(facts(true, true, Optional.empty(), "unreadable", false, false))
                .get(0);
        assertEquals("Daemon owner record " + PATH + " is unreadable (invalid_json)", unreadable.summary());
        assertEquals(Finding.Severity.WARN, unreadable.severity());
    }
}
