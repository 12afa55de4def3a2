package dev.speckitty.sync.core.daemon;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The timestamp forms of on-disk.md §1.3. */
public final class IsoTimestamps {
    private static final DateTimeFormatter SECONDS_FORM = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'");

    private IsoTimestamps() {
    }

    /** Seconds form in UTC, e.g. {@code 2026-05-17T16:42:00+00:00} (owner.json {@code started_at}). */
    public static String secondsForm(Instant instant) {
        return SECONDS_FORM.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    /**
     * Reads any form a reader must accept: seconds or fractional form, {@code Z} or any explicit offset, or a
     * naive value (taken as UTC). Anything else is empty.
     */
    public static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notATimestamp) {
                return Optional.empty();
            }
        }
    }
}
