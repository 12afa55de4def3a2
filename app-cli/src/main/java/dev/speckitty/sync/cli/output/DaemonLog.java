package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.time.IsoTimestamps;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The log of the daemon process (on-disk.md §8.3): one line per record, {@code <microseconds timestamp> [<LEVEL>]
 * <message>}, on stderr, which the spawner appends to {@code <R>/sync-daemon.log}. Control characters in a message
 * are escaped so a record never spans lines. DEBUG lines only with {@code --debug}. Callers never pass tokens.
 */
public final class DaemonLog implements OperatorLog {

    private final Output output;
    private final Supplier<Instant> now;
    private final boolean debug;

    public DaemonLog(Output output, Supplier<Instant> now, boolean debug) {
        this.output = output;
        this.now = now;
        this.debug = debug;
    }

    @Override
    public void debug(String message) {
        if (debug) {
            line("DEBUG", message);
        }
    }

    @Override
    public void info(String message) {
        line("INFO", message);
    }

    @Override
    public void warn(String message) {
        line("WARN", message);
    }

    @Override
    public void error(String message) {
        line("ERROR", message);
    }

    private void line(String level, String message) {
        String text = IsoTimestamps.microseconds(now.get()) + " [" + level + "] " + oneLine(message);
        synchronized (output) {
            output.logLine(text);
        }
    }

    /** C0 and C1 controls, DEL and U+2028/U+2029 as {@code \}{@code uXXXX}: one record, one line. */
    static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
