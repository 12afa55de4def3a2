package dev.speckitty.sync.process;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Strict JSON reading (on-disk.md §1.6): strict UTF-8, Gson in {@code Strictness.STRICT}, and a check that the
 * document ended, so comments, single quotes, NaN, trailing data and truncated input are all errors.
 */
final class StrictJson {
    private static final Pattern INTEGER_LITERAL = Pattern.compile("-?(0|[1-9][0-9]*)");

    private StrictJson() {
    }

    /** The single JSON value of these bytes, or empty when they are not strict UTF-8 JSON. */
    static Optional<JsonElement> parse(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.empty(); // Gson reads an empty document as JSON null
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement value = JsonParser.parseReader(reader);
            return reader.peek() == JsonToken.END_DOCUMENT ? Optional.of(value) : Optional.empty();
        } catch (IOException | JsonParseException malformed) {
            return Optional.empty();
        }
    }

    static String string(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value instanceof JsonPrimitive primitive && primitive.isString() ? primitive.getAsString() : null;
    }

    static Boolean bool(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value instanceof JsonPrimitive primitive && primitive.isBoolean() ? primitive.getAsBoolean() : null;
    }

    /** The value iff it is a JSON integer literal (not {@code 1.0}, not {@code 1e0}) within the long range. */
    static Long integer(JsonObject object, String key) {
        JsonElement value = object.get(key);
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()) {
            return null;
        }
        String literal = primitive.getAsString();
        if (!INTEGER_LITERAL.matcher(literal).matches()) {
            return null;
        }
        BigInteger number = new BigInteger(literal);
        return number.bitLength() < Long.SIZE ? number.longValue() : null;
    }

    static JsonObject object(JsonObject object, String key) {
        JsonElement value = object.get(key);
        return value instanceof JsonObject nested ? nested : null;
    }
}
