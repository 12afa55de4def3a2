package dev.speckitty.sync.core.daemon;

import java.time.Duration;
import java.util.Objects;

/**
 * The authenticated control requests a foreground sends to a daemon on 127.0.0.1 (daemon.md §6.2):
 * {@code POST /api/shutdown} and {@code POST /api/sync/trigger} with body {@code {"token":"…"}}. The token is
 * never logged or put in an outcome.
 */
public interface ControlDaemon {

    Outcome shutdown(SyncPort port, ControlToken token, Duration timeout);

    Outcome triggerSync(SyncPort port, ControlToken token, Duration timeout);

    /** How a control request ended. */
    enum Reply {
        /** 200 for shutdown, 202 for trigger. */
        ACCEPTED,
        /** 403 {@code invalid_token}. */
        INVALID_TOKEN,
        /** Any other status, a timeout or a connection error; {@code reason} says which. */
        FAILED
    }

    /** {@code status} is the HTTP status, or 0 when none was received. */
    record Outcome(Reply reply, int status, String reason) {
        public Outcome {
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
