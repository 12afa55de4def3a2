package dev.speckitty.sync.core.daemon.run;

import java.util.Objects;
import java.util.Optional;

/**
 * How one sync pass ended (daemon.md §13.3).
 *
 * @param delivered  rows the uplink delivered (and removed)
 * @param reason     the failure reason code; empty for a successful pass
 * @param rowsRemain whether the pass saw rows left in the active queue; only then is a periodic pass scheduled
 *                   (§13.1)
 */
public record SyncPassResult(long delivered, Optional<String> reason, boolean rowsRemain) {

    /** No identity resolves: nothing to deliver as anyone. */
    public static final String NO_IDENTITY = "no_identity";
    /** The identity's scope or server differs from this daemon's owner record: its queue is not ours to drain. */
    public static final String IDENTITY_CHANGED = "identity_changed";
    /** The migration into the active queue failed on the scoped side (decided here). */
    public static final String MIGRATION_FAILED = "migration_failed";
    /** The active queue exists but cannot be read (decided here). */
    public static final String QUEUE_UNREADABLE = "queue_unreadable";
    /** Anything unexpected; the pass logs one error line (decided here). */
    public static final String INTERNAL_ERROR = "internal_error";

    public SyncPassResult {
        Objects.requireNonNull(reason, "reason");
        if (delivered < 0) {
            throw new IllegalArgumentException("delivered must be >= 0");
        }
    }

    public static SyncPassResult succeeded(long delivered, boolean rowsRemain) {
        return new SyncPassResult(delivered, Optional.empty(), rowsRemain);
    }

    public static SyncPassResult failed(String reason, long delivered, boolean rowsRemain) {
        return new SyncPassResult(delivered, Optional.of(reason), rowsRemain);
    }

    public boolean ok() {
        return reason.isEmpty();
    }

    /** {@code sync pass finished: result=<ok|failed> delivered=<n> reason=<reason|->} (§13.3). */
    public String logLine() {
        return "sync pass finished: result=" + (ok() ? "ok" : "failed") + " delivered=" + delivered + " reason="
                + reason.orElse("-");
    }
}
