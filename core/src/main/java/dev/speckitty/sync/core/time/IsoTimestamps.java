package dev.speckitty.sync.core.time;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * The timestamp forms of on-disk.md §1.3, for every writer and reader: written in UTC with an explicit
 * {@code +00:00} (never {@code Z}); read in any form §1.3 readers must accept.
 */
public final class IsoTimestamps {

    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'+00:00'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withChronology(IsoChronology.INSTANCE)
            .withResolverStyle(ResolverStyle.STRICT);

    private IsoTimestamps() {
    }

    /** Microseconds form, e.g. {@code 2026-05-17T16:42:00.123456+00:00}: always 6 digits, finer ones truncated. */
    public static String microseconds(Instant instant) {
        return MICROSECONDS.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    /** Seconds form, e.g. {@code 2026-05-17T16:42:00+00:00} (owner.json {@code started_at}, quarantine times). */
    public static String seconds(Instant instant) {
        return SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * The instant the text names: {@code <date>T<time>} with an optional fraction (1–9 digits) and a {@code Z},
     * an explicit offset or none (naive values are UTC). Anything else, including null, is empty.
     */
    public static Optional<Instant> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            TemporalAccessor parsed = READ.parse(text);
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS)
                    ? ZoneOffset.ofTotalSeconds(parsed.get(ChronoField.OFFSET_SECONDS))
                    : ZoneOffset.UTC;
            return Optional.of(local.toInstant(offset));
        } catch (DateTimeParseException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
