package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class HealthReportTest {
    static HealthOwner owner(long pid, long port) {
        return new HealthOwner(pid, port, "3.2.4", "/opt/sk/lib/spec-kitty-sync.jar", "/opt/sk",
                "https://spec-kitty-dev.fly.dev", "alice@example.com", "team-1",
                "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "/r/queues/queue-8b85169673aa98b5.db",
                "2026-05-17T16:42:00+00:00");
    }

    static HealthReport report(String status, String family, Long protocol, HealthOwner owner) {
        return new HealthReport(status, family, false, "/r", protocol, "3.2.4",
                new SyncActivity(false, null, 0L), "Offline", owner);
    }

    @Test
    void aSyncDaemonOfProtocolOnePasses() {
        assertTrue(report("ok", "sync", 1L, owner(12, 9400)).passesProbe(9400, OptionalLong.of(12)));
        assertTrue(report("ok", null, 1L, null).passesProbe(9400, OptionalLong.empty()));
    }

    @Test
    void statusProtocolAndFamilyAreRequired() {
        assertFalse(report("starting", "sync", 1L, null).passesProbe(9400, OptionalLong.empty()));
        assertFalse(report(null, "sync", 1L, null).passesProbe(9400, OptionalLong.empty()));
        assertFalse(report("ok", "sync", 2L, null).passesProbe(9400, OptionalLong.empty()));
        assertFalse(report("ok", "sync", null, null).passesProbe(9400, OptionalLong.empty()));
        assertFalse(report("ok", "dashboard", 1L, null).passesProbe(9400, OptionalLong.empty()));
        HealthReport familyNotAString = new HealthReport("ok", null, true, null, 1L, null, null, null, null);
        assertFalse(familyNotAString.passesProbe(9400, OptionalLong.empty()));
    }

    @Test
    void anExpectedPidMustMatchTheOwnerBlockWhenThereIsOne() {
        assertFalse(report("ok", "sync", 1L, owner(13, 9400)).passesProbe(9400, OptionalLong.of(12)));
        assertFalse(report("ok", "sync", 1L, owner(12, 9401)).passesProbe(9400, OptionalLong.of(12)));
        assertTrue(report("ok", "sync", 1L, owner(13, 9401)).passesProbe(9400, OptionalLong.empty()));
        assertTrue(report("ok", "sync", 1L, null).passesProbe(9400, OptionalLong.of(12)));
        HealthOwner pidless = new HealthOwner(null, 9400L, null, null, null, null, null, null, null, null, null);
        assertFalse(report("ok", "sync", 1L, pidless).passesProbe(9400, OptionalLong.of(12)));
    }

    @Test
    void aFamilyCannotBeBothAStringAndNotAString() {
        assertThrows(IllegalArgumentException.class,
                () -> new HealthReport("ok", "sync", true, null, 1L, null, null, null, null));
    }

    @Test
    void theStateFileKeepsOnlyReportsThatPassForItsPortAndPid() {
        StateFile state = StateFile.of(new SyncPort(9400), new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877"), 12);
        HealthReport good = report("ok", "sync", 1L, owner(12, 9400));
        assertEquals(Optional.of(good), state.healthyReport(new HealthProbe.Responded(good)));
        assertEquals(Optional.empty(), state.healthyReport(new HealthProbe.Responded(report("ok", "sync", 1L, owner(99, 9400)))));
        assertEquals(Optional.empty(), state.healthyReport(new HealthProbe.NotResponded("connection refused")));
    }
}
