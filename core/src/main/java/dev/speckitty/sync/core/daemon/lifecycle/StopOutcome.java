package dev.speckitty.sync.core.daemon.lifecycle;

import java.util.Objects;

/**
 * The result of a stop (daemon.md §12.1): the status, the pid and port it concerned (the state file's, or
 * null; clarifications #19) and, for {@code stop_failed}, the reason and its kind.
 */
public record StopOutcome(StopStatus status, Long pid, Integer port, String failureReason, StopFailure failure) {

    public StopOutcome {
        Objects.requireNonNull(status, "status");
        boolean failed = status == StopStatus.STOP_FAILED;
        if (failed != (failureReason != null) || failed != (failure != null)) {
            throw new IllegalArgumentException("a reason and its kind belong to, and only to, stop_failed");
        }
    }

    static StopOutcome of(StopStatus status, Long pid, Integer port) {
        return new StopOutcome(status, pid, port, null, null);
    }

    static StopOutcome failed(Long pid, Integer port, String reason, StopFailure failure) {
        return new StopOutcome(StopStatus.STOP_FAILED, pid, port, reason, failure);
    }

    /** The exact outcome message of §12.1. */
    public String message() {
        return status == StopStatus.STOP_FAILED ? "Sync daemon could not be stopped: " + failureReason
                : status.fixedMessage();
    }

    public boolean failed() {
        return status == StopStatus.STOP_FAILED;
    }

    /** Whether a daemon process was ended (not merely its metadata cleared). */
    public boolean endedAProcess() {
        return status == StopStatus.STOPPED || status == StopStatus.KILLED_UNHEALTHY;
    }
}
