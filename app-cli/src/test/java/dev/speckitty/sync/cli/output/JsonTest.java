package dev.speckitty.sync.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** cli.md §1.7, clarifications #5. */
class JsonTest {

    @Test
    void keysAreSortedAtEveryLevelWithTwoSpaceIndentation() {
        Json.Obj inner = Json.object().put("z", 1).put("a", (String) null);
        String document = Json.document(Json.object().put("b", inner).put("a", Json.objects(List.of(
                Json.object().put("y", true).put("x", "<&>='")))));
        assertEquals("{\n"
                + "  \"a\": [\n"
                + "    {\n"
                + "      \"x\": \"<&>='\",\n"
                + "      \"y\": true\n"
                + "    }\n"
                + "  ],\n"
                + "  \"b\": {\n"
                + "    \"a\": null,\n"
                + "    \"z\": 1\n"
                + "  }\n"
                + "}\n", document);
    }

    @Test
    void parsedValuesAreSortedToo() {
        Json.Obj root = Json.object().put("row", Json.parseStrict("{\"b\":{\"d\":1,\"c\":2.50},\"a\":[]}").orElseThrow());
        assertEquals("{\n  \"row\": {\n    \"a\": [],\n    \"b\": {\n      \"c\": 2.50,\n      \"d\": 1\n    }\n  }\n}\n",
                Json.document(root));
    }

    @Test
    void integersStayIntegersAndControlCharactersAreEscaped() {
        String document = Json.document(Json.object().put("n", 9401L).put("s", "a\u001bb\u2028"));
        assertTrue(document.contains("\"n\": 9401,"), document);
        assertEquals("a\u001bb\u2028", JsonParser.parseString(document).getAsJsonObject().get("s").getAsString());
        assertTrue(document.contains("\\u001b"), document);
    }

    @Test
    void strictParsingRejectsLenientSyntaxAndTrailingData() {
        assertTrue(Json.parseStrict("{\"a\":1}").isPresent());
        for (String bad : List.of("{'a':1}", "{a:1}", "{\"a\":1} x", "{\"a\":NaN}", "{\"a\":1", "", "[1,]",
                "// c\n{}")) {
            assertTrue(Json.parseStrict(bad).isEmpty(), bad);
        }
    }

    @Test
    void aKeyIsSetOnce() {
        assertThrows(IllegalArgumentException.class, () -> Json.object().put("a", 1).put("a", 2));
    }
}
