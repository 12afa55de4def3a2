package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.core.port.OperatorLog;

/**
 * An operator log that writes {@code [<LEVEL>] <message>} lines through the output adapter's stderr: used when
 * the CLI runs in-process with its own streams (tests). DEBUG lines only with {@code --debug}.
 */
public final class StreamOperatorLog implements OperatorLog {

    private final Output output;
    private final boolean debug;

    public StreamOperatorLog(Output output, boolean debug) {
        this.output = output;
        this.debug = debug;
    }

    @Override
    public void debug(String message) {
        if (debug) {
            output.logLine("[DEBUG] " + message);
        }
    }

    @Override
    public void info(String message) {
        output.logLine("[INFO] " + message);
    }

    @Override
    public void warn(String message) {
        output.logLine("[WARN] " + message);
    }

    @Override
    public void error(String message) {
        output.logLine("[ERROR] " + message);
    }
}
