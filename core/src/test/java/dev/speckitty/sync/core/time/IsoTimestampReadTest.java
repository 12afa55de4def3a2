package dev.speckitty.sync.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoTimestampReadTest {

    @ParameterizedTest
    @CsvSource({
        "2026-05-17T16:42:00+00:00, 2026-05-17T16:42:00Z",
        "2026-05-17T16:42:00.123456+00:00, 2026-05-17T16:42:00.123456Z",
        "2026-05-17T16:42:00Z, 2026-05-17T16:42:00Z",
        "2026-05-17T18:42:00+02:00, 2026-05-17T16:42:00Z",
        "2026-05-17T11:42:00.5-05:00, 2026-05-17T16:42:00.5Z",
        "2026-05-17T16:42:00, 2026-05-17T16:42:00Z",
        "2026-05-17T16:42:00.123456, 2026-05-17T16:42:00.123456Z"
    })
    void acceptsTheFormsOfSection13(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), IsoTimestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2026-05-17", "2026-02-30T00:00:00Z", "2026-05-17 16:42:00",
        "2026-05-17T16:42:00+0000x", "1715964120", "2026-05-17T25:00:00Z"})
    void rejectsEverythingElse(String text) {
        assertEquals(Optional.empty(), IsoTimestamps.parse(text));
    }
}
