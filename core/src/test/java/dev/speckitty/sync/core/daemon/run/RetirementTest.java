package dev.speckitty.sync.core.daemon.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** daemon.md §14.2, first match wins. */
class RetirementTest {
    private static final Duration IDLE = Duration.ofSeconds(900);
    private static final long OWN_PID = 4242;
    private static final int OWN_PORT = 9401;

    private static RetirementVerdict decide(boolean inFlight, boolean superseded, long idleSeconds,
                                            Optional<Duration> nextPass) {
        return Retirement.decide(new RetirementFacts(inFlight, superseded, Duration.ofSeconds(idleSeconds), nextPass), IDLE);
    }

    @Test
    void aPassInFlightAlwaysKeepsTheDaemon() {
        assertEquals(RetirementVerdict.SYNC_IN_FLIGHT, decide(true, true, 5000, Optional.empty()));
        assertFalse(RetirementVerdict.SYNC_IN_FLIGHT.retires());
        assertEquals("sync_in_flight", RetirementVerdict.SYNC_IN_FLIGHT.reason());
    }

    @Test
    void supersededRetiresEvenWhenBusy() {
        assertEquals(RetirementVerdict.SUPERSEDED, decide(false, true, 0, Optional.of(Duration.ofSeconds(1))));
        assertTrue(RetirementVerdict.SUPERSEDED.retires());
        assertEquals("superseded", RetirementVerdict.SUPERSEDED.reason());
    }

    @Test
    void idleForTheWholeWindowRetires() {
        assertEquals(RetirementVerdict.ACTIVE, decide(false, false, 899, Optional.empty()));
        assertEquals(RetirementVerdict.IDLE_TIMEOUT, decide(false, false, 900, Optional.empty()));
        assertEquals("idle_timeout", RetirementVerdict.IDLE_TIMEOUT.reason());
        assertTrue(RetirementVerdict.IDLE_TIMEOUT.retires());
    }

    @Test
    void aPeriodicPassDueWithinTheWindowCountsAsActivity() {
        assertEquals(RetirementVerdict.ACTIVE, decide(false, false, 5000, Optional.of(Duration.ofSeconds(30))));
        assertEquals(RetirementVerdict.ACTIVE, decide(false, false, 5000, Optional.of(Duration.ofSeconds(900))));
        assertEquals(RetirementVerdict.ACTIVE, decide(false, false, 5000, Optional.of(Duration.ofSeconds(-3))));
        assertEquals(RetirementVerdict.IDLE_TIMEOUT, decide(false, false, 5000, Optional.of(Duration.ofSeconds(901))));
        assertEquals("active", RetirementVerdict.ACTIVE.reason());
    }

    private static StateFileReading valid(int port, OptionalLong pid) {
        return new StateFileReading.Valid(new StateFile("http://127.0.0.1:" + port, new SyncPort(port),
                Optional.of(new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877")), pid), Instant.EPOCH);
    }

    @Test
    void supersededNeedsAValidStateFileNamingAnotherLiveDaemonOnAnotherPort() {
        Set<Long> alive = Set.of(OWN_PID, 777L);
        assertTrue(Retirement.superseded(valid(9402, OptionalLong.of(777)), OWN_PID, OWN_PORT, alive::contains));
        assertFalse(Retirement.superseded(valid(9402, OptionalLong.of(778)), OWN_PID, OWN_PORT, alive::contains),
                "the other daemon is not alive");
        assertFalse(Retirement.superseded(valid(OWN_PORT, OptionalLong.of(777)), OWN_PID, OWN_PORT, alive::contains),
                "the state file names our port");
        assertFalse(Retirement.superseded(valid(9402, OptionalLong.of(OWN_PID)), OWN_PID, OWN_PORT, alive::contains),
                "the state file names our pid");
        assertFalse(Retirement.superseded(valid(9402, OptionalLong.empty()), OWN_PID, OWN_PORT, alive::contains),
                "a reference state file without a pid");
        assertFalse(Retirement.superseded(new StateFileReading.Absent(), OWN_PID, OWN_PORT, alive::contains));
        assertFalse(Retirement.superseded(new StateFileReading.Invalid("line 2 is not a port"), OWN_PID, OWN_PORT,
                alive::contains));
    }

    @Test
    void livenessIsAskedOnlyWhenEverythingElseHolds() {
        AtomicInteger asked = new AtomicInteger();
        Retirement.superseded(valid(OWN_PORT, OptionalLong.of(777)), OWN_PID, OWN_PORT, pid -> asked.incrementAndGet() > 0);
        Retirement.superseded(new StateFileReading.Absent(), OWN_PID, OWN_PORT, pid -> asked.incrementAndGet() > 0);
        assertEquals(0, asked.get());
    }
}
