package dev.speckitty.sync.core.daemon;

import java.util.Objects;
import java.util.Optional;

/**
 * What the foreground identity is compared against (daemon.md §9.4): the owner record when its state is
 * {@code present}; otherwise the health {@code owner} block of a recorded singleton that passed the health probe;
 * a healthy singleton without an {@code owner} block is failure 9 {@code owner_record_missing} (cli.md §3.3).
 * An orphan record's own fields are never compared.
 */
public sealed interface ComparisonBasis {

    record AgainstOwnerRecord(OwnerRecord record) implements ComparisonBasis {
        public AgainstOwnerRecord {
            Objects.requireNonNull(record, "record");
        }
    }

    record AgainstHealthOwner(HealthOwner owner) implements ComparisonBasis {
        public AgainstHealthOwner {
            Objects.requireNonNull(owner, "owner");
        }
    }

    /** Failure 9: a healthy recorded singleton reports no owner identity and no owner record is present. */
    record OwnerIdentityMissing() implements ComparisonBasis {
    }

    /** No present record and no healthy recorded singleton: nothing to compare. */
    record NothingToCompare() implements ComparisonBasis {
    }

    /**
     * @param healthyRecordedSingleton the health report of the recorded singleton iff it passed the probe
     *        ({@link StateFile#healthyReport}), else empty
     */
    static ComparisonBasis choose(OwnerRecordStatus status, Optional<HealthReport> healthyRecordedSingleton) {
        if (status instanceof OwnerRecordStatus.Present present) {
            return new AgainstOwnerRecord(present.record());
        }
        if (healthyRecordedSingleton.isEmpty()) {
            return new NothingToCompare();
        }
        HealthOwner owner = healthyRecordedSingleton.get().owner();
        return owner == null ? new OwnerIdentityMissing() : new AgainstHealthOwner(owner);
    }
}
