package dev.speckitty.sync.core.daemon;

import java.time.Instant;
import java.util.Objects;

/** What reading the state file found (on-disk.md §8.1). Reading never throws; an unreadable file is invalid. */
public sealed interface StateFileReading {

    record Absent() implements StateFileReading {
    }

    /** The file exists but breaks a rule of §8.1 or cannot be read; {@code reason} never quotes the token. */
    record Invalid(String reason) implements StateFileReading {
        public Invalid {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * A valid state file. {@code modifiedAt} is the file's modification time: the {@code not_after} bound when
     * the recorded singleton's process is verified (daemon.md §11.1).
     */
    record Valid(StateFile state, Instant modifiedAt) implements StateFileReading {
        public Valid {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(modifiedAt, "modifiedAt");
        }
    }
}
