package dev.speckitty.sync.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IsoTimestampsTest {

    @Test
    void writesMicrosecondsAndSecondsForms() {
        Instant instant = Instant.parse("2026-05-17T16:42:00.123456789Z");
        assertEquals("2026-05-17T16:42:00.123456+00:00", IsoTimestamps.microseconds(instant));
        assertEquals("2026-05-17T16:42:00+00:00", IsoTimestamps.seconds(instant));
        assertEquals("2026-05-17T16:42:00.000000+00:00",
                IsoTimestamps.microseconds(Instant.parse("2026-05-17T16:42:00Z")));
    }

    @Test
    void readsEveryFormReadersMustAccept() {
        Instant micro = Instant.parse("2026-05-17T16:42:00.123456Z");
        assertEquals(Optional.of(micro), IsoTimestamps.parse("2026-05-17T16:42:00.123456+00:00"));
        assertEquals(Optional.of(micro), IsoTimestamps.parse("2026-05-17T16:42:00.123456Z"));
        assertEquals(Optional.of(micro), IsoTimestamps.parse("2026-05-17T18:42:00.123456+02:00"));
        assertEquals(Optional.of(micro), IsoTimestamps.parse("2026-05-17T16:42:00.123456"));
        assertEquals(Optional.of(Instant.parse("2026-05-17T16:42:00Z")),
                IsoTimestamps.parse("2026-05-17T16:42:00+00:00"));
        assertEquals(Optional.empty(), IsoTimestamps.parse("yesterday"));
        assertEquals(Optional.empty(), IsoTimestamps.parse(null));
    }
}
