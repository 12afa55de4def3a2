package dev.speckitty.sync.cli.logging;

import dev.speckitty.sync.core.port.OperatorLog;
import org.tinylog.Logger;
import org.tinylog.configuration.Configuration;

/**
 * The operator log of the real process: tinylog writing {@code [<LEVEL>] <message>} to stderr (format and writer
 * in {@code tinylog.properties}). DEBUG lines only with {@code --debug}. Messages are logged as plain text,
 * never as format patterns.
 */
public final class TinylogOperatorLog implements OperatorLog {

    private TinylogOperatorLog() {
    }

    /** Must run before the first log line of the process: tinylog freezes its configuration then. */
    public static OperatorLog configure(boolean debug) {
        Configuration.set("level", debug ? "debug" : "info");
        return new TinylogOperatorLog();
    }

    @Override
    public void debug(String message) {
        Logger.debug(message);
    }

    @Override
    public void info(String message) {
        Logger.info(message);
    }

    @Override
    public void warn(String message) {
        Logger.warn(message);
    }

    @Override
    public void error(String message) {
        Logger.error(message);
    }
}
