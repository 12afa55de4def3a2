package dev.speckitty.sync.fs.project;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import dev.speckitty.sync.core.setupplan.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Strict decoding of the JSON inputs of on-disk.md §1.2 and §1.6: UTF-8 without replacement, Gson's
 * {@link Strictness#STRICT} reader, and nothing after the document. The result is core's {@link JsonValue}.
 */
final class StrictJson {

    /** Deeper documents are refused instead of risking the stack (Gson 2.11 has no nesting limit of its own). */
    private static final int MAX_DEPTH = 255;

    private StrictJson() {
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }

    /** The document if {@code bytes} is strict UTF-8 JSON whose top level is an object; empty otherwise. */
    static Optional<JsonValue.Obj> parseObject(byte[] bytes) {
        try {
            JsonValue value = parse(decodeUtf8(bytes));
            return value instanceof JsonValue.Obj obj ? Optional.of(obj) : Optional.empty();
        } catch (IOException | IllegalStateException | IllegalArgumentException malformed) {
            // MalformedJsonException/EOFException (IOException), wrong token order (IllegalStateException),
            // a number literal core refuses (IllegalArgumentException): all mean "not strict JSON".
            return Optional.empty();
        }
    }

    private static JsonValue parse(String text) throws IOException {
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        JsonValue value = read(reader, 0);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
            throw new MalformedJsonException("data after the JSON document");
        }
        return value;
    }

    private static JsonValue read(JsonReader reader, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new MalformedJsonException("nested deeper than " + MAX_DEPTH);
        }
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                JsonValue.Obj.Builder members = JsonValue.object();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    members.put(name, read(reader, depth + 1));
                }
                reader.endObject();
                return members.build();
            }
            case BEGIN_ARRAY -> {
                List<JsonValue> elements = new ArrayList<>();
                reader.beginArray();
                while (reader.hasNext()) {
                    elements.add(read(reader, depth + 1));
                }
                reader.endArray();
                return new JsonValue.Arr(elements);
            }
            case STRING -> {
                return new JsonValue.Str(reader.nextString());
            }
            case NUMBER -> {
                return new JsonValue.Num(reader.nextString());
            }
            case BOOLEAN -> {
                return new JsonValue.Bool(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonValue.Null.NULL;
            }
            default -> throw new MalformedJsonException("unexpected " + reader.peek());
        }
    }
}
