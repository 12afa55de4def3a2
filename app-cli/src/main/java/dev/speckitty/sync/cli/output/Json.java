package dev.speckitty.sync.cli.output;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON documents of cli.md §1.7 and clarifications #5: keys sorted at every level (done here, not by
 * Gson), 2-space indentation, nulls kept, integers as integers, no HTML escaping, one document plus
 * {@code \n}.
 */
final class Json {

    private static final Gson PRINTER = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .create();

    private Json() {
    }

    /** A JSON object under construction; member order does not matter, printing sorts the keys. */
    static final class Obj {
        private final Map<String, JsonElement> members = new TreeMap<>();

        Obj put(String key, String value) {
            return put(key, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
        }

        Obj put(String key, Number value) {
            return put(key, value == null ? JsonNull.INSTANCE : new JsonPrimitive(value));
        }

        Obj put(String key, boolean value) {
            return put(key, new JsonPrimitive(value));
        }

        Obj put(String key, JsonElement value) {
            if (members.put(key, value == null ? JsonNull.INSTANCE : value) != null) {
                throw new IllegalArgumentException("duplicate key " + key);
            }
            return this;
        }

        Obj put(String key, Obj value) {
            return put(key, value.build());
        }

        JsonObject build() {
            JsonObject object = new JsonObject();
            members.forEach(object::add);
            return object;
        }
    }

    static Obj object() {
        return new Obj();
    }

    static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static JsonArray objects(Collection<Obj> values) {
        JsonArray array = new JsonArray();
        values.forEach(o -> array.add(o.build()));
        return array;
    }

    /** The printed document: sorted, indented, followed by one {@code \n}. */
    static String document(Obj root) {
        return PRINTER.toJson(sorted(root.build())) + "\n";
    }

    /**
     * Parses a JSON text strictly (on-disk.md §1.6): no lenient syntax, nothing after the value. Empty when the
     * text is not JSON.
     */
    static Optional<JsonElement> parseStrict(String text) {
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return Optional.empty(); // an empty text is not a document
            }
            JsonElement element = JsonParser.parseReader(reader);
            return reader.peek() == JsonToken.END_DOCUMENT ? Optional.of(element) : Optional.empty();
        } catch (JsonParseException | IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    private static JsonElement sorted(JsonElement element) {
        if (element.isJsonObject()) {
            JsonObject sorted = new JsonObject();
            new TreeMap<>(element.getAsJsonObject().asMap()).forEach((k, v) -> sorted.add(k, sorted(v)));
            return sorted;
        }
        if (element.isJsonArray()) {
            JsonArray sorted = new JsonArray();
            element.getAsJsonArray().forEach(e -> sorted.add(sorted(e)));
            return sorted;
        }
        return element;
    }
}
