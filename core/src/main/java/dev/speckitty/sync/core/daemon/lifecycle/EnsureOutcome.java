package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.cleanup.SweepResult;
import java.util.Objects;

/**
 * The outcome object of daemon.md §3.4: {@code status}, {@code pid}, {@code port}, {@code url},
 * {@code previous_pid}, {@code skipped_reason}, {@code error} and the startup reaper's {@code reap}. Unknown
 * values are null.
 */
public record EnsureOutcome(EnsureStatus status, Long pid, Integer port, String url, Long previousPid,
                            String skippedReason, String error, SweepResult reap) {

    /** Gate 1 (intent {@code auto} only). */
    public static final String SYNC_DISABLED = "SPEC_KITTY_SYNC_DISABLE is set";
    /** Gate 2 (both intents). */
    public static final String ROLLOUT_DISABLED = "rollout_disabled";
    /** Gate 3 (intent {@code auto} only). */
    public static final String POLICY_MANUAL = "policy_manual";

    public EnsureOutcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(reap, "reap");
        if (status.running() && (port == null || url == null)) {
            throw new IllegalArgumentException(status.wireName() + " names the daemon's port and url");
        }
        if ((status == EnsureStatus.STARTED || status == EnsureStatus.REPLACED) && pid == null) {
            throw new IllegalArgumentException("a spawned daemon has a pid");
        }
        if ((status == EnsureStatus.REPLACED) != (previousPid != null)) {
            throw new IllegalArgumentException("previous_pid belongs to, and only to, replaced");
        }
        if ((status == EnsureStatus.SKIPPED) != (skippedReason != null)) {
            throw new IllegalArgumentException("skipped_reason belongs to, and only to, skipped");
        }
        if ((status == EnsureStatus.FAILED || status == EnsureStatus.REFUSED) != (error != null)) {
            throw new IllegalArgumentException("error belongs to, and only to, failed and refused");
        }
    }

    static EnsureOutcome skipped(String reason) {
        return new EnsureOutcome(EnsureStatus.SKIPPED, null, null, null, null, reason, null, SweepResult.EMPTY);
    }

    static EnsureOutcome failed(String error, SweepResult reap) {
        return new EnsureOutcome(EnsureStatus.FAILED, null, null, null, null, null, error, reap);
    }
}
