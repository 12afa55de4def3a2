package dev.speckitty.sync.fs.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.setupplan.CanonicalJson;
import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict JSON (on-disk.md §1.6) as used for meta.json and the lines of status.events.jsonl. */
class StrictJsonTest {

    private static Optional<JsonValue.Obj> parse(String text) {
        return StrictJson.parseObject(text.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{unquoted: 1}", "{'single': 1}", "{\"a\": 1} // comment", "{\"a\": NaN}", "{\"a\": Infinity}",
        "{\"a\": }", "{\"a\": 1} {\"b\": 2}", "{\"a\": 1", "{\"a\": 01}", "{\"a\": \"\\x\"}", "[1, 2]", "\"text\"",
        "", "   ", "{\"a\": 1,}", "{\"a\" 1}"})
    void refusesAnythingNotStrict(String text) {
        assertEquals(Optional.empty(), parse(text));
    }

    @Test
    void refusesInvalidUtf8AndDeepNesting() {
        assertEquals(Optional.empty(), StrictJson.parseObject(new byte[] {'{', '"', (byte) 0xC3, '"', ':', '1', '}'}));
        assertEquals(Optional.empty(), parse("{\"a\":" + "[".repeat(300) + "]".repeat(300) + "}"));
        assertTrue(parse("{\"a\":" + "[".repeat(200) + "]".repeat(200) + "}").isPresent());
    }

    @Test
    void keepsValuesExactly() {
        String line = "{\"n\": 1.50, \"big\": 123456789012345678901234567890, \"neg\": -0, \"e\": 1E5,"
                + " \"s\": \"é\\u2028\\n\","
                + " \"t\": true, \"z\": null, \"arr\": [1, {\"k\": []}]}\r";
        JsonValue.Obj obj = parse(line).orElseThrow();
        assertEquals("{\"arr\":[1,{\"k\":[]}],\"big\":123456789012345678901234567890,\"e\":1E5,\"n\":1.50,\"neg\":-0,"
                + "\"s\":\"é\\u2028\\n\",\"t\":true,\"z\":null}", CanonicalJson.write(obj));
    }

    @Test
    void writingAndReadingAgreeOnEveryCharacterClass() {
        JsonValue.Obj value = JsonValue.object().put("text", "q\" \\ \b\t\n\f\r \u0001 \u2028 <>&=' é 😀").build();
        assertEquals(Optional.of(value),
                StrictJson.parseObject(CanonicalJson.write(value).getBytes(StandardCharsets.UTF_8)));
    }

    @TempDir
    Path mission;

    @Test
    void metaJsonIsStrict() throws Exception {
        RecordingOperatorLog log = new RecordingOperatorLog();
        Files.writeString(mission.resolve("meta.json"), "{\"mission_type\": \"research\", \"mission_number\": 3,}");
        assertEquals(MissionMeta.defaults(), ProjectFiles.readProjectInputs(log).readMissionMeta(mission));
        Files.writeString(mission.resolve("meta.json"), "[]");
        assertEquals(MissionMeta.defaults(), ProjectFiles.readProjectInputs(log).readMissionMeta(mission));
        String warning = "[WARN] ignoring unreadable " + mission.resolve("meta.json");
        assertEquals(List.of(warning, warning), log.lines());

        Files.writeString(mission.resolve("meta.json"),
                "{\n  \"mission_number\": 3,\n  \"friendly_name\": \"Checkout <v2>\",\n  \"target_branch\": 7\n}\n");
        assertEquals(new MissionMeta("software-dev", "main", OptionalLong.of(3), Optional.of("Checkout <v2>")),
                ProjectFiles.readProjectInputs(log).readMissionMeta(mission));
        assertEquals(2, log.lines().size());
    }
}
