package dev.speckitty.sync.core.boundary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The remediation catalogue of cli.md §3.4, word for word. Each text names a command that the condition it
 * addresses does not refuse (§3.5, no circular remedies).
 */
public final class Remediation {

    /** Failure 1. */
    public static final String R1 = "Run `spec-kitty doctor restart-daemon` to replace the unreadable daemon owner record,"
            + " then verify with `spec-kitty sync status --check`.";
    /** Failures 2 and 9; failure 3 when R3 does not apply. */
    public static final String R2 = "Run `spec-kitty doctor restart-daemon` to restart the daemon with this CLI's identity,"
            + " then verify with `spec-kitty sync status --check`.";
    /** Failure 3 with pid_not_alive or pid_recycled whose pid is not the listener of its port. */
    public static final String R3 = "Run `spec-kitty doctor orphan-daemons --retire` to retire the orphan daemon owner record.";
    /** Failure 4. */
    public static final String R4 = "Run `spec-kitty sync migrate` to move the legacy rows into the active scoped queue.";
    /** Failure 6 and {@code sync migrate} without identity. */
    public static final String R5 = "Run `spec-kitty auth status` to see why no identity resolves, then log in with the"
            + " spec-kitty reference CLI or unset SPEC_KITTY_ENABLE_SAAS_SYNC.";
    /** Failure 7. */
    public static final String R6 = "Run `spec-kitty auth doctor --reset` to retire safe_auto daemons; add `--force` to also"
            + " retire operator_required daemons.";
    /** Failure 8. */
    public static final String R7 = "Run `spec-kitty auth doctor` to inspect the sync port range, then retry.";
    /** Failure 5. */
    public static final String R8 = "Run `spec-kitty sync doctor` to inspect the queue databases.";
    /** Daemon auto-start disabled ({@code sync now}). */
    public static final String R10 = "Run `spec-kitty sync daemon start` to start the daemon explicitly, then retry"
            + " `spec-kitty sync now`.";
    /** {@code doctor restart-daemon} {@code no_owner} with SaaS sync enabled. */
    public static final String R11_SAAS_ENABLED = "Run `spec-kitty sync daemon start` to launch one.";
    /** {@code doctor restart-daemon} {@code no_owner} with SaaS sync disabled. */
    public static final String R11_SAAS_DISABLED = "Run `SPEC_KITTY_ENABLE_SAAS_SYNC=1 spec-kitty sync daemon start` to"
            + " launch one.";
    /** Stop failure. */
    public static final String R13 = "Run `spec-kitty auth doctor` to inspect the process on the recorded port.";
    /** Queue/migration failure and queue-side root I/O errors. */
    public static final String R14 = "Run `spec-kitty sync doctor` to inspect the queue databases, then retry.";

    private Remediation() {
    }

    /**
     * R9, for a command refused because SaaS sync is disabled.
     *
     * @param commandWords the command words of the refused invocation, never its options (clarifications #4)
     */
    public static String r9(List<String> commandWords) {
        if (commandWords.isEmpty()) {
            throw new IllegalArgumentException("R9 needs the command words");
        }
        return "Run `SPEC_KITTY_ENABLE_SAAS_SYNC=1 spec-kitty " + String.join(" ", commandWords)
                + "` to enable hosted sync for this invocation.";
    }

    /** R11 in the variant for the SaaS flag of this invocation. */
    public static String r11(boolean saasSyncEnabled) {
        return saasSyncEnabled ? R11_SAAS_ENABLED : R11_SAAS_DISABLED;
    }

    /** R12 (daemon start or respawn failure, daemon-side root I/O error). */
    public static String r12(Path root) {
        Objects.requireNonNull(root, "root");
        return "Inspect " + root.resolve("sync-daemon.log") + ", then run `spec-kitty sync daemon start` again.";
    }
}
