package dev.speckitty.sync.cli.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;

/** One finished run: exit code and the two streams. */
public record CliRun(int exitCode, String stdout, String stderr) {

    /** stdout as exactly one JSON object followed by {@code \n}. */
    public JsonObject json() {
        assertFalse(stdout.isEmpty(), "expected a JSON document on stdout; stderr was: " + stderr);
        assertEquals('\n', stdout.charAt(stdout.length() - 1), "the document ends with \\n");
        JsonElement element = JsonParser.parseString(stdout);
        return element.getAsJsonObject();
    }

    public List<String> stdoutLines() {
        return stdout.isEmpty() ? List.of() : List.of(stdout.split("\n", -1)).subList(0, stdout.split("\n", -1).length - 1);
    }

    public List<String> stderrLines() {
        return stderr.isEmpty() ? List.of() : List.of(stderr.split("\n", -1)).subList(0, stderr.split("\n", -1).length - 1);
    }
}
