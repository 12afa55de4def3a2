package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.setupplan.CanonicalJson;
import dev.speckitty.sync.core.setupplan.JsonValue;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The content of a {@code status.events.jsonl} a contract test starts from: JSON lines (written compact, keys
 * sorted), unparseable lines, and optionally no {@code \n} after the last line.
 */
public final class SetupPlanEventLines {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Map<String, JsonValue.Obj> parseable = new LinkedHashMap<>();
    private boolean pendingNewline;

    public SetupPlanEventLines json(JsonValue.Obj line) {
        String text = CanonicalJson.write(line);
        parseable.put(text, line);
        return text(text);
    }

    /** A line no strict JSON parser accepts (the caller makes sure of that). */
    public SetupPlanEventLines unparseable(String text) {
        return text(text);
    }

    /** A line of raw bytes (for example invalid UTF-8). */
    public SetupPlanEventLines rawBytes(byte[] line) {
        closePending();
        bytes.writeBytes(line);
        pendingNewline = true;
        return this;
    }

    /** Leaves the last line without its terminating {@code \n}. */
    public SetupPlanEventLines unterminated() {
        pendingNewline = false;
        return this;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes.toByteArray());
        if (pendingNewline) {
            out.write('\n');
        }
        return out.toByteArray();
    }

    /** The text → meaning of every JSON line. */
    public Map<String, JsonValue.Obj> parseable() {
        return Map.copyOf(parseable);
    }

    private SetupPlanEventLines text(String text) {
        return rawBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void closePending() {
        if (pendingNewline) {
            bytes.write('\n');
        }
    }
}
