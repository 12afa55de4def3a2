package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void writesCompactWithKeysSortedAtEveryLevel() {
        JsonValue.Obj value = JsonValue.object()
                .put("zeta", 1)
                .put("alpha", JsonValue.object().put("b", new JsonValue.Bool(true)).put("a", "x").build())
                .put("list", new JsonValue.Arr(List.of(JsonValue.Null.NULL, new JsonValue.Num("1.50"),
                        JsonValue.string(""))))
                .build();
        assertEquals("{\"alpha\":{\"a\":\"x\",\"b\":true},\"list\":[null,1.50,\"\"],\"zeta\":1}",
                CanonicalJson.write(value));
    }

    @Test
    void escapesLikeGsonWithoutHtmlEscaping() {
        String text = "q\" b\\ \b\t\n\f\r \u0001 \u001f \u2028\u2029 <>&=' é 😀";
        assertEquals("\"q\\\" b\\\\ \\b\\t\\n\\f\\r \\u0001 \\u001f \\u2028\\u2029 <>&=' é 😀\"",
                CanonicalJson.write(JsonValue.string(text)));
    }

    @Test
    void escapesUnpairedSurrogates() {
        assertEquals("\"\\ud800x\\udc00\"", CanonicalJson.write(JsonValue.string("\ud800x\udc00")));
    }

    @Test
    void sortsMemberNamesByCodePoint() {
        // UTF-16 order would put U+FF5E before U+1F600 (a surrogate pair starting 0xD83D); code point order does not.
        JsonValue.Obj value = new JsonValue.Obj(Map.of("\uff5e", JsonValue.number(1), "😀", JsonValue.number(2), "a",
                JsonValue.number(0)));
        assertEquals("{\"a\":0,\"\uff5e\":1,\"😀\":2}", CanonicalJson.write(value));
    }

    @Test
    void numbersKeepTheirLiteralAndRejectNonJson() {
        assertEquals(Optional.of(7L), new JsonValue.Num("7").integerValue());
        assertEquals(Optional.empty(), new JsonValue.Num("7.0").integerValue());
        assertEquals(Optional.empty(), new JsonValue.Num("1e3").integerValue());
        assertEquals(Optional.empty(), new JsonValue.Num("99999999999999999999").integerValue());
        assertThrows(IllegalArgumentException.class, () -> new JsonValue.Num("NaN"));
        assertThrows(IllegalArgumentException.class, () -> new JsonValue.Num("01"));
        assertThrows(IllegalArgumentException.class, () -> new JsonValue.Num("+1"));
    }
}
