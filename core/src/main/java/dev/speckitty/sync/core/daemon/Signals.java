package dev.speckitty.sync.core.daemon;

/**
 * Sends SIGTERM and SIGKILL. This is the only port that can hurt anyone: it is called only right after a fresh
 * {@link VerifyDaemonProcess} said {@code VERIFIED} (daemon.md §11.2) or the sweep re-verification of
 * cleanup.md §8.2 passed, and never because of what owner.json says.
 */
public interface Signals {

    /** SIGTERM ({@code ProcessHandle.destroy()}). */
    SignalOutcome terminate(long pid);

    /** SIGKILL ({@code ProcessHandle.destroyForcibly()}). */
    SignalOutcome kill(long pid);
}
