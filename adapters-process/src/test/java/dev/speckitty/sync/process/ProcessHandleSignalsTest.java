package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.Signals;
import dev.speckitty.sync.core.daemon.SignalsContract;
import dev.speckitty.sync.core.testing.StartedProcess;
import java.time.Duration;
import java.util.Optional;

/** Signals only the sleepers this test started (its own children). */
class ProcessHandleSignalsTest extends SignalsContract {
    private final Signals signals = ProcessAdapters.signals();

    @Override
    protected Signals signals() {
        return signals;
    }

    @Override
    protected StartedProcess startSleeper() throws Exception {
        return TestProcesses.sleeper();
    }

    @Override
    protected boolean endsWithin(StartedProcess process, Duration wait) throws Exception {
        Optional<ProcessHandle> handle = ProcessHandle.of(process.pid());
        if (handle.isEmpty()) {
            return true;
        }
        try {
            handle.get().onExit().get(wait.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException stillRunning) {
            return false;
        }
    }

    @Override
    protected long pidOfNoProcess() {
        return TestProcesses.pidOfNoProcess();
    }
}
