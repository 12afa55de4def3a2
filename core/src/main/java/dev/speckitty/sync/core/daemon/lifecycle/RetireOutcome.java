package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.daemon.OwnerRecord;
import java.nio.file.Path;
import java.util.Objects;

/** What {@code doctor orphan-daemons --retire} did with the orphan owner record (cli.md §10.2). */
public sealed interface RetireOutcome {

    /** The record was still the same orphan and has been deleted. */
    record Retired(Path path, long pid, int port) implements RetireOutcome {
        public Retired {
            Objects.requireNonNull(path, "path");
        }
    }

    /** The file no longer holds that orphan (gone, changed, or no longer an orphan); nothing was deleted. */
    record NoLongerOrphan(Path path) implements RetireOutcome {
        public NoLongerOrphan {
            Objects.requireNonNull(path, "path");
        }
    }

    /** The record's pid is alive and listens on its port: deleting it would hide a live daemon (remedy R2). */
    record AliveAndListening(Path path, long pid, int port) implements RetireOutcome {
        public AliveAndListening {
            Objects.requireNonNull(path, "path");
        }
    }

    /** {@code sync-owner.lock} was not acquired within 10 s; nothing was deleted. */
    record LockUnavailable(Path lockFile) implements RetireOutcome {
        public LockUnavailable {
            Objects.requireNonNull(lockFile, "lockFile");
        }
    }

    /** The evaluated record a retirement is about: its pid, port and {@code started_at} must still match. */
    static boolean sameRecord(OwnerRecord evaluated, OwnerRecord current) {
        return evaluated.pid() == current.pid() && evaluated.port() == current.port()
                && evaluated.startedAt().equals(current.startedAt());
    }
}
