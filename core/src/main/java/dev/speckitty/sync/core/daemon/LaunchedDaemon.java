package dev.speckitty.sync.core.daemon;

import java.util.OptionalInt;

/**
 * A daemon process this foreground spawned, seen through its own process handle: the only way the spawner ends a
 * child that never became healthy or could not be recorded (daemon.md §3.2 steps 6–7). Neither call waits; the
 * caller polls {@link #exitCode()} through its clock.
 */
public interface LaunchedDaemon {

    long pid();

    /** The exit code once the process has ended (early-exit detection); empty while it runs. */
    OptionalInt exitCode();

    /** Graceful: SIGTERM to the child. */
    void terminate();

    /** Forcible: SIGKILL to the child. */
    void kill();
}
