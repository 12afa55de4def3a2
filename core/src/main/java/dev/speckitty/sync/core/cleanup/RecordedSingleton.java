package dev.speckitty.sync.core.cleanup;

/**
 * The daemon the valid state file records (on-disk.md §8.1), read once per scan (cleanup.md §3.1 step 5).
 *
 * @param pid the recorded pid, or null when the state file has none (its port is protected all the same)
 */
public record RecordedSingleton(int port, Long pid) {

    public RecordedSingleton {
        ListenerObservation.requireTcpPort(port);
        ListenerObservation.requirePositivePid(pid);
    }

    /** cleanup.md §4 key 16: same port, and the recorded pid is absent or equals the listener's pid. */
    public boolean protects(int listenerPort, Long listenerPid) {
        return port == listenerPort && (pid == null || pid.equals(listenerPid));
    }
}
