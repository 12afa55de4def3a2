package dev.speckitty.sync.process.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.daemon.control.RequestBody;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** daemon.md §6.3 step 1, on-disk.md §1.6: what counts as a JSON object body and what its token is. */
class RequestBodiesTest {
    private static RequestBody classify(String text) {
        return RequestBodies.classify(text.getBytes(StandardCharsets.UTF_8));
    }

    private static RequestBody object(RequestBody.TokenMember token) {
        return new RequestBody.JsonObject(token);
    }

    @Test
    void theTokenMember() {
        assertEquals(object(new RequestBody.TokenText("abc")), classify("{\"token\":\"abc\"}"));
        assertEquals(object(new RequestBody.TokenText("é")), classify("{\"token\":\"\\u00e9\"}"));
        assertEquals(object(new RequestBody.NoToken()), classify("{}"));
        assertEquals(object(new RequestBody.NoToken()), classify(" { \"other\" : [ 1 , { } ] } "));
        assertEquals(object(new RequestBody.TokenNotAString()), classify("{\"token\":{\"token\":\"abc\"}}"));
        assertEquals(object(new RequestBody.TokenNotAString()), classify("{\"token\":true}"));
        assertEquals(object(new RequestBody.NoToken()), RequestBodies.classify(new byte[0]), "an empty body is {}");
    }

    @Test
    void everythingElseIsInvalid() {
        for (String text : new String[] {"", " ", "[{\"token\":\"abc\"}]", "true", "{\"token\":\"abc\"}{}",
                "{\"token\":\"abc\"", "{\"a\":1e999999999999}x", "{\"token\":\"a\",\"token\":\"a\"}",
                "{\"a\":[1,]}", "{\"a\":\"\u0001\"}"}) {
            RequestBody expected = text.isEmpty() ? object(new RequestBody.NoToken()) : new RequestBody.Invalid();
            assertEquals(expected, classify(text), text);
        }
    }

    @Test
    void deepNestingWithinTheLimitIsParsedWithoutRecursion() {
        String deep = "{\"a\":" + "[".repeat(30000) + "]".repeat(30000) + "}";
        assertEquals(object(new RequestBody.NoToken()), classify(deep));
        assertEquals(new RequestBody.Invalid(), classify("{\"a\":" + "[".repeat(30000) + "}"));
    }
}
