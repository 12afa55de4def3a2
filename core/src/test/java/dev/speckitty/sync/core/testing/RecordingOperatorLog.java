package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.OperatorLog;
import java.util.ArrayList;
import java.util.List;

/** Keeps every log line as {@code [LEVEL] message}, the format operators see. */
public final class RecordingOperatorLog implements OperatorLog {
    private final List<String> lines = new ArrayList<>();

    @Override
    public synchronized void debug(String message) {
        lines.add("[DEBUG] " + message);
    }

    @Override
    public synchronized void info(String message) {
        lines.add("[INFO] " + message);
    }

    @Override
    public synchronized void warn(String message) {
        lines.add("[WARN] " + message);
    }

    @Override
    public synchronized void error(String message) {
        lines.add("[ERROR] " + message);
    }

    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
