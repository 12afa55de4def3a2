package dev.speckitty.sync.core.daemon;

/** The daemon process could not be started; the message names the path or program and the error. */
public final class DaemonLaunchException extends Exception {
    private static final long serialVersionUID = 1L;

    public DaemonLaunchException(String message, Throwable cause) {
        super(message, cause);
    }
}
