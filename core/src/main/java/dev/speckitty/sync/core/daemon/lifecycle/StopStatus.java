package dev.speckitty.sync.core.daemon.lifecycle;

import java.util.Locale;

/** The outcomes of a stop (daemon.md §12.1), with their exact messages. */
public enum StopStatus {
    NOT_RUNNING("No sync daemon metadata found."),
    CLEARED_INVALID("Sync daemon metadata was invalid and has been cleared."),
    CLEARED_UNHEALTHY("Unhealthy sync daemon metadata has been cleared."),
    KILLED_UNHEALTHY("Unhealthy sync daemon process stopped. Metadata has been cleared."),
    STOPPED("Sync daemon stopped."),
    /** The message is {@code Sync daemon could not be stopped: <reason>}. */
    STOP_FAILED(null);

    private final String message;

    StopStatus(String message) {
        this.message = message;
    }

    /** The wire form, e.g. {@code cleared_invalid}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    String fixedMessage() {
        return message;
    }
}
