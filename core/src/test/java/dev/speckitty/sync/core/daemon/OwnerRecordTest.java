package dev.speckitty.sync.core.daemon;

import dev.speckitty.sync.core.time.IsoTimestamps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerRecordTest {
    static final String TOKEN = "5f2b9c0d4e7a1f3b8c6d2e9a0b4f7c1d";

    static OwnerRecord record(long pid, int port) {
        return new OwnerRecord("alice@example.com", "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "team-1",
                "/opt/sk/lib/spec-kitty-sync.jar", "3.2.4", pid, port, "/r/queues/queue-8b85169673aa98b5.db",
                "https://spec-kitty-dev.fly.dev", "/opt/sk", "2026-05-17T16:42:00+00:00", new ControlToken(TOKEN));
    }

    @Test
    void theTokenIsKeptButNeverRendered() {
        OwnerRecord record = record(12, 9400);
        assertEquals(TOKEN, record.token().value());
        assertFalse(record.toString().contains(TOKEN));
        assertFalse(new OwnerRecordReading.Found(record).toString().contains(TOKEN));
        assertFalse(new OwnerRecordStatus.Present(record).toString().contains(TOKEN));
    }

    @Test
    void pidAndPortAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> record(0, 9400));
        assertThrows(IllegalArgumentException.class, () -> record(1, 0));
        assertThrows(IllegalArgumentException.class, () -> record(1, 65536));
        assertEquals(65535, record(1, 65535).port());
    }

    @Test
    void namesComparesPidAndPort() {
        assertTrue(record(12, 9400).names(12, 9400));
        assertFalse(record(12, 9400).names(12, 9401));
        assertFalse(record(12, 9400).names(13, 9400));
    }

    @Test
    void startedAtReadsEveryTimestampForm() {
        Instant expected = Instant.parse("2026-05-17T16:42:00Z");
        assertEquals(Optional.of(expected), IsoTimestamps.parse("2026-05-17T16:42:00+00:00"));
        assertEquals(Optional.of(expected), IsoTimestamps.parse("2026-05-17T16:42:00Z"));
        assertEquals(Optional.of(expected), IsoTimestamps.parse("2026-05-17T18:42:00+02:00"));
        assertEquals(Optional.of(expected), IsoTimestamps.parse("2026-05-17T16:42:00"));
        assertEquals(Optional.of(expected.plusNanos(123_456_000)), IsoTimestamps.parse("2026-05-17T16:42:00.123456+00:00"));
        assertEquals(Optional.empty(), IsoTimestamps.parse("yesterday"));
        assertEquals(Optional.of(expected), record(1, 9400).startedAtInstant());
    }

    @Test
    void theSecondsFormHasAnExplicitUtcOffset() {
        assertEquals("2026-05-17T16:42:00+00:00", IsoTimestamps.seconds(Instant.parse("2026-05-17T16:42:00.987Z")));
    }

    @Test
    void unreadableDetailsAreCutTo160Characters() {
        Path path = Path.of("/r/sync/daemon/owner.json");
        String exact = "x".repeat(160);
        assertEquals(exact, new OwnerRecordReading.Unreadable(path, OwnerRecordReading.Reason.INVALID_JSON, exact).detail());
        String cut = new OwnerRecordReading.Unreadable(path, OwnerRecordReading.Reason.INVALID_JSON, "y".repeat(161)).detail();
        assertEquals(160, cut.length());
        assertEquals("y".repeat(159) + "…", cut);
        String pairs = "😀".repeat(100);
        String cutPairs = new OwnerRecordReading.Unreadable(path, OwnerRecordReading.Reason.INVALID_JSON, pairs).detail();
        assertTrue(cutPairs.length() <= 160);
        assertFalse(Character.isHighSurrogate(cutPairs.charAt(cutPairs.length() - 2)));
    }

    @Test
    void reasonsHaveTheirWireCodes() {
        assertEquals("unreadable_file", OwnerRecordReading.Reason.UNREADABLE_FILE.code());
        assertEquals("invalid_json", OwnerRecordReading.Reason.INVALID_JSON.code());
        assertEquals("not_an_object", OwnerRecordReading.Reason.NOT_AN_OBJECT.code());
        assertEquals("invalid_fields", OwnerRecordReading.Reason.INVALID_FIELDS.code());
    }

    @Test
    void syncPortsAreExactlyTheRange() {
        assertThrows(IllegalArgumentException.class, () -> new SyncPort(9399));
        assertThrows(IllegalArgumentException.class, () -> new SyncPort(9450));
        assertEquals(9400, new SyncPort(9400).value());
        assertEquals(9449, new SyncPort(9449).value());
    }

    @Test
    void generatedTokensAreLowercaseHex() {
        assertTrue(new ControlToken(TOKEN).isGeneratedShape());
        assertFalse(new ControlToken(TOKEN.toUpperCase(java.util.Locale.ROOT)).isGeneratedShape());
        assertEquals("<redacted>", new ControlToken(TOKEN).toString());
    }
}
