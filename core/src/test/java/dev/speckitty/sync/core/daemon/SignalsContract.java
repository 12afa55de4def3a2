package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.StartedProcess;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Signals} does; subclassed for the fake and for the ProcessHandle adapter. Only processes the
 * test started are signalled. (A denied signal needs another user's process, so only the fake's own test covers it.)
 */
public abstract class SignalsContract {
    private static final Duration EXIT_WAIT = Duration.ofSeconds(5);

    protected abstract Signals signals();

    /** Starts a process that sleeps until closed. */
    protected abstract StartedProcess startSleeper() throws Exception;

    /** Waits (bounded) for the process to end. */
    protected abstract boolean endsWithin(StartedProcess process, Duration wait) throws Exception;

    /** A pid that no process can have. */
    protected abstract long pidOfNoProcess();

    @Test
    void terminateEndsAProcessThatDoesNotResist() throws Exception {
        try (StartedProcess sleeper = startSleeper()) {
            assertEquals(SignalOutcome.DELIVERED, signals().terminate(sleeper.pid()));
            assertTrue(endsWithin(sleeper, EXIT_WAIT));
        }
    }

    @Test
    void killEndsAProcess() throws Exception {
        try (StartedProcess sleeper = startSleeper()) {
            assertEquals(SignalOutcome.DELIVERED, signals().kill(sleeper.pid()));
            assertTrue(endsWithin(sleeper, EXIT_WAIT));
        }
    }

    @Test
    void nothingIsSentToAPidWithoutProcess() {
        assertEquals(SignalOutcome.NO_SUCH_PROCESS, signals().terminate(pidOfNoProcess()));
        assertEquals(SignalOutcome.NO_SUCH_PROCESS, signals().kill(pidOfNoProcess()));
    }

    @Test
    void thisProcessIsNeverSignalled() {
        long self = ProcessHandle.current().pid();
        assertThrows(IllegalArgumentException.class, () -> signals().terminate(self));
        assertThrows(IllegalArgumentException.class, () -> signals().kill(self));
    }
}
