package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.ProcessTable;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A process table of made-up processes. Unknown pids have no process. {@link FakeSignals} acts on it. */
public final class FakeProcessTable implements ProcessTable {
    private final Map<Long, ProcessFacts> processes = new HashMap<>();

    public synchronized FakeProcessTable put(ProcessFacts facts) {
        processes.put(facts.pid(), facts);
        return this;
    }

    /** A live process with fully known facts. */
    public FakeProcessTable alive(long pid, List<String> argv, Instant start, Path executable) {
        return put(new ProcessFacts(pid, ProcessState.ALIVE, Optional.of(argv), Optional.of(start), Optional.of(executable)));
    }

    /** The process exits and is reaped. */
    public synchronized void remove(long pid) {
        processes.remove(pid);
    }

    /** The process exits but is not reaped. */
    public synchronized void zombify(long pid) {
        ProcessFacts facts = processes.get(pid);
        if (facts != null) {
            processes.put(pid, new ProcessFacts(pid, ProcessState.ZOMBIE, Optional.of(List.of()), facts.startInstant(),
                    Optional.empty()));
        }
    }

    @Override
    public synchronized ProcessFacts facts(long pid) {
        return processes.getOrDefault(pid, ProcessFacts.noSuchProcess(pid));
    }
}
