package dev.speckitty.sync.fs.daemon;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import dev.speckitty.sync.core.daemon.CanonicalPaths;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordReading.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner.json format (on-disk.md §8.4–§8.5): strict parsing into the three-state reading with the exact reason
 * codes, and the writer. Details name the failing rule and never quote file bytes (Gson's own messages carry the
 * JSON path, i.e. key names from the file, so only their line and column are kept).
 */
final class OwnerJson {
    private static final Pattern INTEGER_LITERAL = Pattern.compile("-?(0|[1-9][0-9]*)");
    /** Longer integer literals are out of range anyway; not parsing them keeps a 1 MiB digit string cheap. */
    private static final int MAX_INTEGER_DIGITS = 20;
    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final List<String> REQUIRED_STRINGS = List.of("token", "package_version", "executable_path",
            "source_checkout_path", "server_url", "queue_db_path", "started_at");
    private static final List<String> AUTH_KEYS = List.of("auth_principal", "auth_scope", "auth_team");

    private OwnerJson() {
    }

    /** Thrown inside the decoder for a failed rule; turned into an unreadable reading. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final Reason reason;

        Invalid(Reason reason, String detail) {
            super(detail, null, false, false);
            this.reason = reason;
        }
    }

    /**
     * Reads the bytes of {@code file}. Never throws.
     *
     * @param paths canonicalises the record's executable path
     */
    static OwnerRecordReading decode(Path file, byte[] bytes, CanonicalPaths paths) {
        try {
            OwnerRecord record = record(object(text(bytes)));
            return new OwnerRecordReading.Found(record.withExecutablePath(paths.canonical(record.executablePath())));
        } catch (Invalid invalid) {
            return new OwnerRecordReading.Unreadable(file, invalid.reason, invalid.getMessage());
        }
    }

    private static String text(byte[] bytes) throws Invalid {
        try {
            return BoundedReads.utf8(bytes);
        } catch (BoundedReads.NotUtf8Exception notUtf8) {
            throw new Invalid(Reason.UNREADABLE_FILE, notUtf8.getMessage());
        }
    }

    private static JsonObject object(String text) throws Invalid {
        if (text.isBlank()) {
            throw new Invalid(Reason.INVALID_JSON, "empty file"); // Gson would read it as JSON null
        }
        JsonElement value;
        JsonReader reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        try {
            value = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) { // in STRICT mode peek() itself rejects trailing data
                throw new Invalid(Reason.INVALID_JSON, "invalid JSON at " + location(reader.toString()));
            }
        } catch (IOException | JsonParseException malformed) {
            throw new Invalid(Reason.INVALID_JSON, "invalid JSON at " + location(malformed.getMessage()));
        }
        if (!value.isJsonObject()) {
            throw new Invalid(Reason.NOT_AN_OBJECT, "expected a JSON object, found " + kind(value));
        }
        return value.getAsJsonObject();
    }

    private static String location(String message) {
        Matcher matcher = LOCATION.matcher(message == null ? "" : message);
        return matcher.find() ? "line " + matcher.group(1) + " column " + matcher.group(2) : "an unknown position";
    }

    private static String kind(JsonElement value) {
        if (value.isJsonArray()) {
            return "array";
        }
        if (value.isJsonNull()) {
            return "null";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isNumber() ? "number" : primitive.isBoolean() ? "boolean" : "string";
    }

    private static OwnerRecord record(JsonObject json) throws Invalid {
        long pid = integer(json, "pid", 1, Long.MAX_VALUE, "must be an integer > 0");
        long port = integer(json, "port", 1, OwnerRecord.MAX_PORT, "must be an integer in 1-65535");
        for (String key : REQUIRED_STRINGS) {
            requiredString(json, key);
        }
        for (String key : AUTH_KEYS) {
            optionalString(json, key);
        }
        return new OwnerRecord(optionalString(json, "auth_principal"), optionalString(json, "auth_scope"),
                optionalString(json, "auth_team"), requiredString(json, "executable_path"),
                requiredString(json, "package_version"), pid, (int) port, requiredString(json, "queue_db_path"),
                requiredString(json, "server_url"), requiredString(json, "source_checkout_path"),
                requiredString(json, "started_at"), new ControlToken(requiredString(json, "token")));
    }

    private static long integer(JsonObject json, String key, long min, long max, String rule) throws Invalid {
        JsonElement value = json.get(key);
        if (value == null) {
            throw new Invalid(Reason.INVALID_FIELDS, "missing required key '" + key + "'");
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isNumber()
                || !INTEGER_LITERAL.matcher(primitive.getAsString()).matches()) {
            throw new Invalid(Reason.INVALID_FIELDS, "key '" + key + "' must be an integer");
        }
        String literal = primitive.getAsString();
        if (literal.length() > MAX_INTEGER_DIGITS) {
            throw new Invalid(Reason.INVALID_FIELDS, "key '" + key + "' " + rule); // far outside any range
        }
        BigInteger number = new BigInteger(literal);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new Invalid(Reason.INVALID_FIELDS, "key '" + key + "' " + rule);
        }
        return number.longValueExact();
    }

    private static String requiredString(JsonObject json, String key) throws Invalid {
        JsonElement value = json.get(key);
        if (value == null) {
            throw new Invalid(Reason.INVALID_FIELDS, "missing required key '" + key + "'");
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw new Invalid(Reason.INVALID_FIELDS, "key '" + key + "' must be a string");
        }
        return primitive.getAsString();
    }

    /** Missing and JSON null read as null. */
    private static String optionalString(JsonObject json, String key) throws Invalid {
        JsonElement value = json.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        if (!(value instanceof JsonPrimitive primitive) || !primitive.isString()) {
            throw new Invalid(Reason.INVALID_FIELDS, "key '" + key + "' must be a string or null");
        }
        return primitive.getAsString();
    }

    /** The 12 keys in sorted order, 2-space indentation, no HTML escaping, nulls kept, one trailing newline. */
    static byte[] encode(OwnerRecord record) {
        StringWriter text = new StringWriter();
        try (JsonWriter writer = new JsonWriter(text)) {
            writer.setIndent("  ");
            writer.setHtmlSafe(false);
            writer.setSerializeNulls(true);
            writer.beginObject();
            writer.name("auth_principal").value(record.authPrincipal());
            writer.name("auth_scope").value(record.authScope());
            writer.name("auth_team").value(record.authTeam());
            writer.name("executable_path").value(record.executablePath());
            writer.name("package_version").value(record.packageVersion());
            writer.name("pid").value(record.pid());
            writer.name("port").value(record.port());
            writer.name("queue_db_path").value(record.queueDbPath());
            writer.name("server_url").value(record.serverUrl());
            writer.name("source_checkout_path").value(record.sourceCheckoutPath());
            writer.name("started_at").value(record.startedAt());
            writer.name("token").value(record.token().value());
            writer.endObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException("writing to a StringWriter cannot fail", impossible);
        }
        return (text + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
