package dev.speckitty.sync.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue texts of cli.md §3.4, pinned word for word. */
class RemediationTest {

    @Test
    void fixedTextsAreTheContractsWords() {
        assertEquals("Run `spec-kitty doctor restart-daemon` to replace the unreadable daemon owner record, then verify"
                + " with `spec-kitty sync status --check`.", Remediation.R1);
        assertEquals("Run `spec-kitty doctor restart-daemon` to restart the daemon with this CLI's identity, then verify"
                + " with `spec-kitty sync status --check`.", Remediation.R2);
        assertEquals("Run `spec-kitty doctor orphan-daemons --retire` to retire the orphan daemon owner record.",
                Remediation.R3);
        assertEquals("Run `spec-kitty sync migrate` to move the legacy rows into the active scoped queue.",
                Remediation.R4);
        assertEquals("Run `spec-kitty auth status` to see why no identity resolves, then log in with the spec-kitty"
                + " reference CLI or unset SPEC_KITTY_ENABLE_SAAS_SYNC.", Remediation.R5);
        assertEquals("Run `spec-kitty auth doctor --reset` to retire safe_auto daemons; add `--force` to also retire"
                + " operator_required daemons.", Remediation.R6);
        assertEquals("Run `spec-kitty auth doctor` to inspect the sync port range, then retry.", Remediation.R7);
        assertEquals("Run `spec-kitty sync doctor` to inspect the queue databases.", Remediation.R8);
        assertEquals("Run `spec-kitty sync daemon start` to start the daemon explicitly, then retry"
                + " `spec-kitty sync now`.", Remediation.R10);
        assertEquals("Run `spec-kitty auth doctor` to inspect the process on the recorded port.", Remediation.R13);
        assertEquals("Run `spec-kitty sync doctor` to inspect the queue databases, then retry.", Remediation.R14);
    }

    @Test
    void parameterisedTexts() {
        assertEquals("Run `SPEC_KITTY_ENABLE_SAAS_SYNC=1 spec-kitty sync daemon start` to enable hosted sync for this"
                + " invocation.", Remediation.r9(List.of("sync", "daemon", "start")));
        assertThrows(IllegalArgumentException.class, () -> Remediation.r9(List.of()));
        assertEquals("Run `spec-kitty sync daemon start` to launch one.", Remediation.r11(true));
        assertEquals("Run `SPEC_KITTY_ENABLE_SAAS_SYNC=1 spec-kitty sync daemon start` to launch one.",
                Remediation.r11(false));
        assertEquals("Inspect /r/sync-daemon.log, then run `spec-kitty sync daemon start` again.",
                Remediation.r12(Path.of("/r")));
    }

    @Test
    void everyTextNamesACommand() {
        for (String text : List.of(Remediation.R1, Remediation.R2, Remediation.R3, Remediation.R4, Remediation.R5,
                Remediation.R6, Remediation.R7, Remediation.R8, Remediation.R10, Remediation.R11_SAAS_ENABLED,
                Remediation.R11_SAAS_DISABLED, Remediation.R13, Remediation.R14, Remediation.r12(Path.of("/r")))) {
            assertTrue(text.contains("`spec-kitty ") || text.contains("spec-kitty sync daemon start`"), text);
        }
    }
}
