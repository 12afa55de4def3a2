package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.StartedProcess;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link ProcessTable} does; subclassed for the fake and for the /proc adapter. */
public abstract class ProcessTableContract {
    /** Start instants have jiffy resolution and a boot time of whole seconds. */
    private static final Duration START_TOLERANCE = Duration.ofSeconds(2);

    protected abstract ProcessTable table();

    /** Starts a process that sleeps until closed. */
    protected abstract StartedProcess startSleeper() throws Exception;

    /** Starts a process that has exited but is not reaped (its parent is closed with it). */
    protected abstract StartedProcess startZombie() throws Exception;

    /** A pid that no process can have. */
    protected abstract long pidOfNoProcess();

    @Test
    void aLiveProcessHasArgvStartAndExecutable() throws Exception {
        try (StartedProcess sleeper = startSleeper()) {
            ProcessFacts facts = table().facts(sleeper.pid());
            assertEquals(sleeper.pid(), facts.pid());
            assertEquals(ProcessState.ALIVE, facts.state());
            assertEquals(sleeper.argv(), facts.argv().orElseThrow());
            Instant start = facts.startInstant().orElseThrow();
            assertTrue(!start.isBefore(sleeper.notBefore().minus(START_TOLERANCE))
                    && !start.isAfter(sleeper.notAfter().plus(START_TOLERANCE)), () -> "start " + start);
            assertTrue(facts.executable().orElseThrow().isAbsolute());
        }
    }

    @Test
    void aZombieIsGone() throws Exception {
        try (StartedProcess zombie = startZombie()) {
            ProcessFacts facts = table().facts(zombie.pid());
            assertEquals(ProcessState.ZOMBIE, facts.state());
            assertTrue(facts.state().gone());
        }
    }

    @Test
    void aPidWithoutProcessHasNoFacts() {
        long pid = pidOfNoProcess();
        assertEquals(ProcessFacts.noSuchProcess(pid), table().facts(pid));
    }
}
