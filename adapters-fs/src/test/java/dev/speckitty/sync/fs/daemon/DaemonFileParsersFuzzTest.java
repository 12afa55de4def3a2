package dev.speckitty.sync.fs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileParser;
import dev.speckitty.sync.core.daemon.StateFileReading;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Jazzer fuzz tests of the two daemon file parsers (contract README §6). Plain {@code mvn verify} runs them in
 * regression mode over the seed inputs in {@code DaemonFileParsersFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes one of them. Any exception that escapes a parser fails the test.
 */
class DaemonFileParsersFuzzTest {
    private static final Path OWNER_JSON = Path.of("/r/sync/daemon/owner.json");
    private static final Instant MODIFIED = Instant.parse("2026-05-17T16:42:00Z");

    @FuzzTest
    void everyOwnerJsonYieldsAReading(byte[] bytes) {
        OwnerRecordReading reading = OwnerJson.decode(OWNER_JSON, bytes, path -> path);
        assertNotNull(reading);
        if (reading instanceof OwnerRecordReading.Unreadable unreadable) {
            assertTrue(unreadable.detail().length() <= OwnerRecordReading.Unreadable.MAX_DETAIL);
        } else {
            OwnerRecordReading.Found found = (OwnerRecordReading.Found) reading;
            assertEquals(found, OwnerJson.decode(OWNER_JSON, OwnerJson.encode(found.record()), path -> path),
                    "what is read must write and read back unchanged");
        }
    }

    @FuzzTest
    void everyStateFileYieldsAReading(byte[] bytes) {
        StateFileReading reading = StateFileStore.decode(bytes, MODIFIED);
        assertNotNull(reading);
        if (reading instanceof StateFileReading.Valid valid) {
            StateFile state = valid.state();
            if (state.token().isPresent() && state.pid().isPresent()) {
                StateFile rewritten = ((StateFileParser.Parsed) StateFileParser.parse(state.render())).state();
                assertEquals(state.port(), rewritten.port());
                assertEquals(state.pid(), rewritten.pid());
                assertEquals(state.token(), rewritten.token());
            }
        }
    }
}
