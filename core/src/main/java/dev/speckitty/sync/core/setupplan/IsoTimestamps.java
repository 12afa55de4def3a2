package dev.speckitty.sync.core.setupplan;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** The timestamp forms of on-disk.md §1.3: UTC with an explicit {@code +00:00}, never {@code Z}. */
public final class IsoTimestamps {

    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);

    private IsoTimestamps() {
    }

    /** {@code 2026-05-17T16:42:00.123456+00:00}: always 6 fractional digits, finer precision truncated. */
    public static String microseconds(Instant instant) {
        return MICROSECONDS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** {@code 2026-05-17T16:42:00+00:00}: fractional seconds truncated. */
    public static String seconds(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * Reads a timestamp the way §1.3 readers must: either written form, a {@code Z} suffix, any explicit offset,
     * or a naive value taken as UTC. Anything else is empty.
     */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
        } catch (DateTimeParseException withOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
                        .toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException naive) {
                return Optional.empty();
            }
        }
    }
}
