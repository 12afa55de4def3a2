package dev.speckitty.sync.core.daemon;

/**
 * Whether a pid names a live process (daemon.md §11.4). A zombie counts as gone; a process that exists but
 * whose state cannot be read counts as alive (it exists, and a process this user cannot signal is alive).
 */
public enum ProcessState {
    /** No process has the pid. */
    NO_SUCH_PROCESS,
    /** The process has exited and awaits reaping (Linux state {@code Z}). */
    ZOMBIE,
    ALIVE,
    /** The process exists but its state could not be read. */
    EXISTS_STATE_UNKNOWN;

    /** Gone for every rule of this contract: no such process, or a zombie. */
    public boolean gone() {
        return this == NO_SUCH_PROCESS || this == ZOMBIE;
    }
}
