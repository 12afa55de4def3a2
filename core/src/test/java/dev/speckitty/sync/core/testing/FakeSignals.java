package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Signals;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Signals that act on a {@link FakeProcessTable}: a delivered signal removes a live process, unless it was told
 * to survive SIGTERM; a zombie stays until reaped. A process marked as another user's is never affected and its signals are denied. Every signal
 * is recorded as {@code TERM <pid>} or {@code KILL <pid>}.
 */
public final class FakeSignals implements Signals {
    private final FakeProcessTable table;
    private final Set<Long> survivesTerminate = new HashSet<>();
    private final Set<Long> otherUsers = new HashSet<>();
    private final List<String> sent = new ArrayList<>();

    public FakeSignals(FakeProcessTable table) {
        this.table = table;
    }

    public synchronized FakeSignals survivesTerminate(long pid) {
        survivesTerminate.add(pid);
        return this;
    }

    public synchronized FakeSignals ownedByAnotherUser(long pid) {
        otherUsers.add(pid);
        return this;
    }

    public synchronized List<String> sent() {
        return List.copyOf(sent);
    }

    @Override
    public synchronized SignalOutcome terminate(long pid) {
        return signal("TERM", pid, !survivesTerminate.contains(pid));
    }

    @Override
    public synchronized SignalOutcome kill(long pid) {
        return signal("KILL", pid, true);
    }

    private SignalOutcome signal(String name, long pid, boolean ends) {
        if (pid == ProcessHandle.current().pid()) {
            throw new IllegalArgumentException("refusing to signal this process");
        }
        ProcessState state = table.facts(pid).state();
        if (state == ProcessState.NO_SUCH_PROCESS) {
            return SignalOutcome.NO_SUCH_PROCESS;
        }
        if (otherUsers.contains(pid)) {
            return SignalOutcome.DENIED;
        }
        sent.add(name + " " + pid);
        if (ends && state != ProcessState.ZOMBIE) { // a zombie has already exited; only reaping removes it
            table.remove(pid);
        }
        return SignalOutcome.DELIVERED;
    }
}
