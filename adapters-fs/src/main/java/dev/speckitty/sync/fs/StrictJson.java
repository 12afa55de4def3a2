package dev.speckitty.sync.fs;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The strict JSON reading of on-disk.md §1.6: a Gson {@link JsonReader} in {@link Strictness#STRICT} followed by an
 * end-of-document check, so unquoted names, single quotes, comments, NaN/Infinity, a missing value, trailing data,
 * an empty document, truncated input and a leading byte order mark are all errors. Error messages name a location, never input bytes.
 */
public final class StrictJson {

    private static final TypeAdapter<JsonElement> ELEMENTS = new Gson().getAdapter(JsonElement.class);
    private static final Gson WRITER = new GsonBuilder().disableHtmlEscaping().create();
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    private StrictJson() {
    }

    /** A document that is not strict JSON; the message is {@code invalid JSON at line <l> column <c>}. */
    public static final class InvalidJsonException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidJsonException(String message) {
            super(message);
        }
    }

    /** Parses exactly one JSON value filling the whole text. */
    public static JsonElement parse(String text) throws InvalidJsonException {
        if (text.startsWith("\uFEFF")) {
            // Gson skips a byte order mark silently; the files are UTF-8 without BOM (§1.2), as Python's json insists.
            throw new InvalidJsonException("invalid JSON at line 1 column 1");
        }
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            JsonElement element = ELEMENTS.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw invalid(reader);
            }
            return element;
        } catch (IOException | JsonParseException | IllegalStateException | NumberFormatException e) {
            throw invalid(reader);
        }
    }

    /** Compact JSON of a value, without HTML escaping (e.g. a value quoted in a diagnostic). */
    public static String write(JsonElement element) {
        return WRITER.toJson(element);
    }

    private static InvalidJsonException invalid(JsonReader reader) {
        Matcher location = LOCATION.matcher(reader.toString());
        return new InvalidJsonException(location.find()
                ? "invalid JSON at line " + location.group(1) + " column " + location.group(2)
                : "invalid JSON");
    }
}
