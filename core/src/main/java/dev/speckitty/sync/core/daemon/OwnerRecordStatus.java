package dev.speckitty.sync.core.daemon;

import java.util.List;
import java.util.Objects;

/**
 * The owner record state of cli.md §3.1, checked in this order: {@code absent}, {@code unreadable},
 * {@code orphan} (readable and an orphan, daemon.md §10), {@code present} (readable, not an orphan).
 */
public sealed interface OwnerRecordStatus {

    /** The wire form used in messages, e.g. failure 9's {@code is <state>}. */
    String state();

    record Absent() implements OwnerRecordStatus {
        @Override
        public String state() {
            return "absent";
        }
    }

    record Unreadable(OwnerRecordReading.Unreadable reading) implements OwnerRecordStatus {
        public Unreadable {
            Objects.requireNonNull(reading, "reading");
        }

        @Override
        public String state() {
            return "unreadable";
        }
    }

    /** Never compared and never signalled; only retired by deleting the file. */
    record Orphan(OwnerRecord record, List<OrphanReason> reasons) implements OwnerRecordStatus {
        public Orphan {
            Objects.requireNonNull(record, "record");
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an orphan has at least one reason");
            }
        }

        @Override
        public String state() {
            return "orphan";
        }
    }

    record Present(OwnerRecord record) implements OwnerRecordStatus {
        public Present {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public String state() {
            return "present";
        }
    }

    /** The status of what was read, given the orphan reasons of a readable record (ignored otherwise). */
    static OwnerRecordStatus of(OwnerRecordReading reading, List<OrphanReason> orphanReasons) {
        if (reading instanceof OwnerRecordReading.Unreadable unreadable) {
            return new Unreadable(unreadable);
        }
        if (reading instanceof OwnerRecordReading.Found found) {
            return orphanReasons.isEmpty() ? new Present(found.record()) : new Orphan(found.record(), orphanReasons);
        }
        return new Absent();
    }
}
