package dev.speckitty.sync.process.control;

import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.speckitty.sync.core.daemon.control.RequestBody;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Classifies a POST body (daemon.md §6.3 step 1, on-disk.md §1.6): strict UTF-8, one strict JSON value that is an
 * object, nothing after it. Only the {@code token} member is kept; every other member is parsed (so it must be valid
 * JSON) and dropped. A body that names {@code token} twice is invalid (decided here: no last-one-wins ambiguity).
 */
final class RequestBodies {
    private static final String TOKEN = "token";

    private RequestBodies() {
    }

    /** A missing or zero-length body means {@code {}}. */
    static RequestBody classify(byte[] bytes) {
        if (bytes.length == 0) {
            return new RequestBody.JsonObject(new RequestBody.NoToken());
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new RequestBody.Invalid();
        }
        try (JsonReader reader = new JsonReader(new StringReader(text))) {
            reader.setStrictness(Strictness.STRICT);
            if (reader.peek() != JsonToken.BEGIN_OBJECT) {
                JsonParser.parseReader(reader);
                return new RequestBody.Invalid();
            }
            RequestBody.TokenMember token = new RequestBody.NoToken();
            reader.beginObject();
            while (reader.hasNext()) {
                String name = reader.nextName();
                if (!name.equals(TOKEN)) {
                    JsonParser.parseReader(reader);
                } else if (!(token instanceof RequestBody.NoToken)) {
                    return new RequestBody.Invalid();
                } else if (reader.peek() == JsonToken.STRING) {
                    token = new RequestBody.TokenText(reader.nextString());
                } else {
                    JsonParser.parseReader(reader);
                    token = new RequestBody.TokenNotAString();
                }
            }
            reader.endObject();
            return reader.peek() == JsonToken.END_DOCUMENT ? new RequestBody.JsonObject(token) : new RequestBody.Invalid();
        } catch (IOException | JsonParseException | IllegalStateException malformed) {
            return new RequestBody.Invalid();
        }
    }
}
