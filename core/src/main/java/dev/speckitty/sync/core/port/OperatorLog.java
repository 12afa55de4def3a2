package dev.speckitty.sync.core.port;

/**
 * The log lines an operator sees (`[INFO] …`, `[WARN] …` on stderr for the CLI, sync-daemon.log for the
 * daemon). Core rules report through this port instead of a logging framework. Messages must never carry
 * tokens or row payloads.
 */
public interface OperatorLog {
    void debug(String message);

    void info(String message);

    void warn(String message);

    void error(String message);
}
