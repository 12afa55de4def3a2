package dev.speckitty.sync.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StrictJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": [1, 2.5, true, null, \"x\"]}", "[]", "0", "\"s\"", " {\"a\":{}} \n"})
    void acceptsStrictJson(String text) throws Exception {
        assertEquals(JsonParser.parseString(text), StrictJson.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "{a: 1}", "{'a': 1}", "{\"a\": 1,}", "[1,]", "{\"a\": NaN}", "Infinity",
        "{\"a\": 1} x", "{} {}", "// c\n{}", "{\"a\":}", "{\"a\": 1", "\"unterminated", "[01]", "\uFEFF{}",
        "{\"a\": \"tab\there\"}", "{\"a\": \"\\x\"}"})
    void rejectsEverythingLenient(String text) {
        assertThrows(StrictJson.InvalidJsonException.class, () -> StrictJson.parse(text));
    }

    @Test
    void theErrorNamesALocationButNoInput() {
        StrictJson.InvalidJsonException error = assertThrows(StrictJson.InvalidJsonException.class,
                () -> StrictJson.parse("{\"secret-token\": x}"));
        assertEquals("invalid JSON at line 1 column 18", error.getMessage());
    }

    @Test
    void writingDoesNotEscapeHtml() {
        assertEquals("\"<redacted>&='\"", StrictJson.write(JsonParser.parseString("\"<redacted>&='\"")));
    }
}
