package dev.speckitty.sync.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ClassifyOwnerRecord;
import dev.speckitty.sync.core.daemon.ExecutableStatus;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.IdentityField;
import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.SimulatedDaemons;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The daemon side of cli.md §3.1 and the comparison basis of daemon.md §9.4, from simulated files and daemons. */
class InspectDaemonTest {
    private static final Path ROOT = Path.of("/home/op/sk-root");
    private final DaemonWorld world = new DaemonWorld(ROOT);
    private final InspectDaemon inspect = new InspectDaemon(world.ownerRecords,
            new ClassifyOwnerRecord(world.processes, world.executables), world.daemons, world.stateFiles,
            world.daemons, world.paths);

    private DaemonFacts facts() {
        return inspect.inspect(ROOT, world.foreground());
    }

    @Test
    void nothingRecordedIsAbsentWithoutDaemonOrMismatch() {
        DaemonFacts facts = facts();
        assertEquals(OwnerRecordFacts.absent(OwnerRecords.ownerRecordPath(ROOT)), facts.ownerRecord());
        assertEquals(Optional.empty(), facts.recordedDaemon());
        assertEquals(List.of(), facts.mismatches());
    }

    @Test
    void aMatchingRecordedDaemonIsPresentAndHealthy() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400);
        DaemonFacts facts = facts();
        assertTrue(facts.ownerRecord().isPresent());
        assertEquals(daemon.pid(), facts.ownerRecord().record().orElseThrow().pid());
        RecordedDaemon recorded = facts.recordedDaemon().orElseThrow();
        assertTrue(recorded.healthy());
        assertEquals(List.of(), facts.mismatches());
    }

    @Test
    void aPresentRecordIsComparedFieldByFieldCanonically() {
        world.recordedDaemon(9400);
        world.paths.link(Path.of("/opt/current"), Path.of("/opt/sk"));
        ForegroundIdentity viaLink = world.identity("3.2.4", "/opt/current");
        world.foreground(new ForegroundIdentity("3.2.5", viaLink.executablePath(), viaLink.sourceCheckoutPath(),
                "HTTPS://Spec-Kitty-Dev.fly.dev/", viaLink.authPrincipal(), viaLink.authTeam(), viaLink.authScope(),
                viaLink.queueDbPath()));
        assertEquals(List.of(new FieldMismatch(IdentityField.PACKAGE_VERSION, "3.2.5", "3.2.4")), facts().mismatches());
    }

    @Test
    void withoutAPresentRecordTheHealthOwnerBlockIsCompared() {
        world.record(world.daemons.running(9400, DaemonWorld.TOKEN, world.identity("3.2.2", "/opt/old"),
                world.scopeRoot).withoutOwnerRecord());
        DaemonFacts facts = facts();
        assertEquals("absent", facts.ownerRecord().state());
        assertEquals(List.of(new FieldMismatch(IdentityField.PACKAGE_VERSION, "3.2.4", "3.2.2"),
                new FieldMismatch(IdentityField.EXECUTABLE_PATH, "/opt/sk/lib/spec-kitty-sync.jar",
                        "/opt/old/lib/spec-kitty-sync.jar"),
                new FieldMismatch(IdentityField.SOURCE_CHECKOUT_PATH, "/opt/sk", "/opt/old")), facts.mismatches());
    }

    @Test
    void aHealthyDaemonWithoutOwnerBlockGivesNothingToCompare() {
        world.record(world.daemons.start(9400, DaemonWorld.TOKEN, world.identity("3.2.2", "/opt/old"),
                world.scopeRoot, SpawnShape.JAVA, Duration.ZERO, false).withoutOwnerRecord());
        DaemonFacts facts = facts();
        assertFalse(facts.recordedDaemon().orElseThrow().healthOwnerBlockPresent());
        assertEquals(List.of(), facts.mismatches());
    }

    @Test
    void anOrphanIsNeverComparedAndKnowsWhetherItsPidListens() {
        SimulatedDaemons.Daemon dead = world.recordedDaemon(9400);
        world.processes.remove(dead.pid());
        world.stateFiles.delete(ROOT);
        world.foreground(world.identity("3.2.9", "/opt/new"));
        DaemonFacts facts = facts();
        assertEquals(List.of(OrphanReason.PID_NOT_ALIVE), facts.ownerRecord().orphanReasons());
        assertFalse(facts.ownerRecord().pidListensOnPort());
        assertEquals(List.of(), facts.mismatches());

        DaemonWorld running = new DaemonWorld(ROOT);
        running.daemons.running(9401, DaemonWorld.TOKEN, running.foreground(), running.scopeRoot);
        running.executables.mark(running.foreground().executablePath(), ExecutableStatus.MISSING);
        OwnerRecordFacts orphan = new InspectDaemon(running.ownerRecords,
                new ClassifyOwnerRecord(running.processes, running.executables), running.daemons,
                running.stateFiles, running.daemons, running.paths).ownerRecord(ROOT);
        assertEquals(List.of(OrphanReason.EXECUTABLE_MISSING), orphan.orphanReasons());
        assertTrue(orphan.pidListensOnPort());
    }

    @Test
    void anUnreadableRecordIsReportedWithItsReason() {
        world.ownerRecords.plantUnreadable(ROOT, OwnerRecordReading.Reason.NOT_AN_OBJECT,
                "expected a JSON object, found array");
        OwnerRecordFacts owner = facts().ownerRecord();
        assertEquals("unreadable", owner.state());
        assertEquals(OwnerRecordReading.Reason.NOT_AN_OBJECT, owner.unreadable().orElseThrow().reason());
    }

    @Test
    void anUnhealthyRecordedDaemonIsReportedButNotCompared() {
        SimulatedDaemons.Daemon daemon = world.recordedDaemon(9400);
        world.processes.remove(daemon.pid());
        RecordedDaemon recorded = facts().recordedDaemon().orElseThrow();
        assertFalse(recorded.healthy());
        assertEquals(daemon.pid(), recorded.reportedPid().getAsLong());
    }
}
