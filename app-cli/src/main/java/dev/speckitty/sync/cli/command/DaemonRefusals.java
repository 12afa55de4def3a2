package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.Remediation;
import java.util.List;

/** The refusals the daemon commands share (cli.md §7 step 1, §8.1; clarifications #35). */
final class DaemonRefusals {
    static final String SAAS_SYNC_DISABLED = "SAAS_SYNC_DISABLED";
    static final String REFERENCE_DAEMON_REFUSED = "REFERENCE_DAEMON_REFUSED";

    private DaemonRefusals() {
    }

    /** SaaS sync is disabled: R9 with the refused command's words. */
    static Refusal saasDisabled(List<String> words) {
        return new Refusal(words, SAAS_SYNC_DISABLED, "SaaS sync is disabled", List.of(Refusal.Entry.of(
                "saas_sync_disabled", "SPEC_KITTY_ENABLE_SAAS_SYNC is not set to a truthy value",
                Remediation.r9(words))));
    }

    /** Ensure left a healthy reference singleton running (clarifications #33, #35): R2. */
    static Refusal referenceDaemon(List<String> words, String ensureError) {
        return new Refusal(words, REFERENCE_DAEMON_REFUSED, "the recorded sync daemon belongs to the spec-kitty"
                + " reference CLI", List.of(Refusal.Entry.of("reference_daemon_singleton", ensureError,
                Remediation.R2)));
    }
}
