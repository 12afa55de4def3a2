package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.ListenerPids;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/** A made-up listener table: port → pid. */
public final class FakeListenerPids implements ListenerPids {
    private final Map<Integer, Long> listeners = new HashMap<>();

    public synchronized FakeListenerPids listen(int port, long pid) {
        listeners.put(port, pid);
        return this;
    }

    public synchronized void close(int port) {
        listeners.remove(port);
    }

    @Override
    public synchronized OptionalLong listenerPid(int port) {
        Long pid = listeners.get(port);
        return pid == null ? OptionalLong.empty() : OptionalLong.of(pid);
    }
}
