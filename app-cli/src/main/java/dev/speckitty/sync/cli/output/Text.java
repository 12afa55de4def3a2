package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.core.boundary.SafeText;
import java.util.ArrayList;
import java.util.List;

/** Lines of human output (cli.md §1.11, §1.13): {@code \n} line ends, key/value rows with 23-character labels. */
final class Text {

    static final String UNSET = "<unset>";
    static final String ABSENT = "<absent>";
    private static final int LABEL_WIDTH = 23;

    private final List<String> lines = new ArrayList<>();

    Text line(String line) {
        lines.add(line);
        return this;
    }

    Text blank() {
        return line("");
    }

    /** {@code "  " + label left-justified to 23 + value}; null prints {@code <unset>}. */
    Text row(String label, Object value) {
        return line(row(label, value == null ? UNSET : value.toString(), LABEL_WIDTH));
    }

    static String row(String label, String value, int width) {
        return "  " + String.format("%-" + width + "s", label) + value;
    }

    /** A value from a file or another process, made safe (clarifications #29); null stays null. */
    static String safe(String untrusted) {
        return SafeText.of(untrusted);
    }

    @Override
    public String toString() {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
