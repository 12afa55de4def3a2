package dev.speckitty.sync.core.daemon.control;

/** The control plane could not bind its port; the message is the operating system's reason (daemon.md §5.1 step 4). */
public final class ControlPlaneBindException extends Exception {
    private static final long serialVersionUID = 1L;

    public ControlPlaneBindException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
