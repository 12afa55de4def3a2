package dev.speckitty.sync.core.daemon;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * The three-state result of reading owner.json (on-disk.md §8.5): {@link Absent}, {@link Found} or
 * {@link Unreadable}. Reading never throws.
 */
public sealed interface OwnerRecordReading {

    /** The file does not exist (including a race where it disappeared). */
    record Absent() implements OwnerRecordReading {
    }

    /** A valid record; its executable path is canonical. */
    record Found(OwnerRecord record) implements OwnerRecordReading {
        public Found {
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * The file exists but is no valid record. {@code detail} names the failing rule and never contains file
     * bytes; it is at most {@value #MAX_DETAIL} characters (longer text is cut to 159 characters plus {@code …}).
     */
    record Unreadable(Path path, Reason reason, String detail) implements OwnerRecordReading {
        public static final int MAX_DETAIL = 160;

        public Unreadable {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
            detail = cut(Objects.requireNonNull(detail, "detail"));
        }

        private static String cut(String detail) {
            if (detail.length() <= MAX_DETAIL) {
                return detail;
            }
            int end = MAX_DETAIL - 1;
            if (Character.isHighSurrogate(detail.charAt(end - 1))) {
                end--; // never split a surrogate pair
            }
            return detail.substring(0, end) + "…";
        }
    }

    /** Why an existing owner.json is not a record; {@link #code()} is the wire form. */
    enum Reason {
        /** Any I/O error other than not-found, or invalid UTF-8. */
        UNREADABLE_FILE,
        /** Empty, truncated or otherwise not strict JSON. */
        INVALID_JSON,
        /** Valid JSON that is not an object. */
        NOT_AN_OBJECT,
        /** An object whose keys break the rules of on-disk.md §8.5. */
        INVALID_FIELDS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
