package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.SignalOutcome;
import dev.speckitty.sync.core.daemon.Signals;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * SIGTERM and SIGKILL through {@code ProcessHandle.destroy()} / {@code destroyForcibly()}, which also reach
 * processes that are not children (daemon.md §11.4). Callers verify the process right before each call.
 */
final class ProcessHandleSignals implements Signals {

    @Override
    public SignalOutcome terminate(long pid) {
        return send(pid, ProcessHandle::destroy);
    }

    @Override
    public SignalOutcome kill(long pid) {
        return send(pid, ProcessHandle::destroyForcibly);
    }

    private static SignalOutcome send(long pid, Predicate<ProcessHandle> signal) {
        if (pid == ProcessHandle.current().pid()) {
            throw new IllegalArgumentException("refusing to signal this process (pid " + pid + ")");
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return SignalOutcome.NO_SUCH_PROCESS;
        }
        if (signal.test(handle.get())) {
            return SignalOutcome.DELIVERED;
        }
        // Only a boolean comes back: a failed call on a live process is a denial, on a gone one it found nothing.
        return handle.get().isAlive() ? SignalOutcome.DENIED : SignalOutcome.NO_SUCH_PROCESS;
    }
}
