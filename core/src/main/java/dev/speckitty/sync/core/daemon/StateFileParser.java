package dev.speckitty.sync.core.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Parses the text of the state file (on-disk.md §8.1), including the shapes the reference writes
 * ({@code http://localhost:<port>}, three lines). Pure; every input yields a result, none throws.
 */
public final class StateFileParser {
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,18}");
    private static final Pattern TOKEN = Pattern.compile("[0-9a-fA-F]{32}");

    private StateFileParser() {
    }

    /** A valid state or the reason the text is invalid. */
    public sealed interface Result {
    }

    public record Parsed(StateFile state) implements Result {
        public Parsed {
            Objects.requireNonNull(state, "state");
        }
    }

    public record Rejected(String reason) implements Result {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    public static Result parse(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                lines.add(trimmed);
            }
        }
        if (lines.size() != 3 && lines.size() != 4) {
            return new Rejected("expected 3 or 4 non-blank lines, found " + lines.size());
        }
        String url = lines.get(0);
        if (!url.startsWith("http://127.0.0.1:") && !url.startsWith("http://localhost:")) {
            return new Rejected("line 1 is not a loopback URL");
        }
        OptionalLong port = decimal(lines.get(1));
        if (port.isEmpty() || !SyncPort.contains(port.getAsLong())) {
            return new Rejected("line 2 is not a port in [" + SyncPort.FIRST + ", " + SyncPort.END + ")");
        }
        SyncPort syncPort = new SyncPort((int) port.getAsLong());
        if (lines.size() == 4) {
            if (!TOKEN.matcher(lines.get(2)).matches()) {
                return new Rejected("line 3 is not a 32-character hex token");
            }
            OptionalLong pid = positive(lines.get(3));
            if (pid.isEmpty()) {
                return new Rejected("line 4 is not a pid");
            }
            return new Parsed(new StateFile(url, syncPort, Optional.of(new ControlToken(lines.get(2))), pid));
        }
        String third = lines.get(2);
        if (TOKEN.matcher(third).matches()) {
            return new Parsed(new StateFile(url, syncPort, Optional.of(new ControlToken(third)), OptionalLong.empty()));
        }
        OptionalLong pid = positive(third);
        if (pid.isEmpty()) {
            return new Rejected("line 3 is neither a 32-character hex token nor a pid");
        }
        return new Parsed(new StateFile(url, syncPort, Optional.empty(), pid));
    }

    private static OptionalLong decimal(String text) {
        return DECIMAL.matcher(text).matches() ? OptionalLong.of(Long.parseLong(text)) : OptionalLong.empty();
    }

    private static OptionalLong positive(String text) {
        OptionalLong value = decimal(text);
        return value.isPresent() && value.getAsLong() > 0 ? value : OptionalLong.empty();
    }
}
