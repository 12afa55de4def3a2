package dev.speckitty.sync.core.daemon.run;

import static dev.speckitty.sync.core.daemon.run.DaemonFixture.ROOT;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.SCOPE;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.SCOPED;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.SERVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.queue.QueueInspection;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.testing.RecordingUplink;
import dev.speckitty.sync.core.testing.Rows;
import dev.speckitty.sync.core.uplink.UplinkResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** daemon.md §13.3: one pass, through the fakes. */
class SyncPassTest {
    private final DaemonFixture fixture = new DaemonFixture();

    private static OwnerRecord ownRecord(String authScope, String serverUrl) {
        return new OwnerRecord(authScope == null ? null : "alice@example.com", authScope,
                authScope == null ? null : "team-1", "/opt/sk/lib/spec-kitty-sync.jar", "3.2.4", 4242, 9401,
                authScope == null ? ROOT.resolve(QueuePaths.LEGACY_FILE_NAME).toString() : SCOPED.toString(), serverUrl,
                "/opt/sk", "2026-05-17T16:42:00+00:00", new ControlToken(DaemonFixture.TOKEN));
    }

    private SyncPass pass(OwnerRecord own) {
        return pass(own, fixture.queues);
    }

    private SyncPass pass(OwnerRecord own, InspectQueues inspection) {
        return new SyncPass(ROOT, fixture.identities(), fixture.queueLocator(), inspection, fixture.uplink, own,
                new WarnOnce(fixture.log), fixture.log);
    }

    private void scopedRows() {
        try {
            fixture.queues.openScopedForWrite(SCOPED).close();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        fixture.queues.insertRow(SCOPED, "queue", Rows.event(1, "e1", "MissionCreated", "{}"));
    }

    @Test
    void withoutAnIdentityThePassFailsAndTouchesNoQueue() {
        fixture.queues.createLegacy(ROOT.resolve(QueuePaths.LEGACY_FILE_NAME),
                List.of(Rows.queue(Rows.event(1, "e1", "T", "{}"))));
        SyncPassResult result = pass(ownRecord(null, SERVER)).run();
        assertEquals(SyncPassResult.failed("no_identity", 0, false), result);
        assertFalse(fixture.queues.exists(SCOPED));
        assertEquals(List.of(), fixture.recordingUplink.deliveries());
        assertEquals(List.of("[INFO] sync pass finished: result=failed delivered=0 reason=no_identity"),
                fixture.log.lines());
    }

    @Test
    void aScopeOtherThanTheOwnerRecordsIsAChangedIdentity() {
        fixture.authenticated();
        scopedRows();
        assertEquals(SyncPassResult.failed("identity_changed", 0, false),
                pass(ownRecord(SERVER + "|bob@example.com|team-1", SERVER)).run());
        assertEquals(SyncPassResult.failed("identity_changed", 0, false), pass(ownRecord(null, SERVER)).run(),
                "a daemon started unauthenticated never drains a scoped queue");
        assertEquals(List.of(), fixture.recordingUplink.deliveries());
    }

    @Test
    void aServerOtherThanTheOwnerRecordsIsAChangedIdentityButItsSpellingIsNot() {
        fixture.authenticated();
        fixture.environment = fixture.environment.with(Environment.SAAS_URL, "https://other.example.com");
        assertEquals(SyncPassResult.failed("identity_changed", 0, false), pass(ownRecord(SCOPE, SERVER)).run());
        fixture.environment = fixture.environment.with(Environment.SAAS_URL, "HTTPS://Spec-Kitty-Dev.fly.dev/");
        assertEquals(SyncPassResult.succeeded(0, false), pass(ownRecord(SCOPE, SERVER)).run());
    }

    @Test
    void anEmptyQueueIsASuccessWithoutTheUplink() {
        fixture.authenticated();
        assertEquals(SyncPassResult.succeeded(0, false), pass(ownRecord(SCOPE, SERVER)).run());
        assertEquals(List.of(), fixture.recordingUplink.deliveries());
        assertEquals(List.of("[INFO] sync pass finished: result=ok delivered=0 reason=-"), fixture.log.lines());
    }

    @Test
    void rowsGoToTheUplinkWhichFailsAndLeavesThem() {
        fixture.authenticated();
        scopedRows();
        assertEquals(SyncPassResult.failed("uplink_unavailable", 0, true), pass(ownRecord(SCOPE, SERVER)).run());
        assertEquals(List.of(new RecordingUplink.Delivery(SCOPE, SCOPED)), fixture.recordingUplink.deliveries());
        assertEquals(1, fixture.queues.rows(SCOPED, "queue").size());
        assertEquals(List.of("[INFO] sync pass finished: result=failed delivered=0 reason=uplink_unavailable"),
                fixture.log.lines());
    }

    @Test
    void legacyRowsAreMigratedFirstAndTheMigrationIsLogged() {
        fixture.authenticated();
        fixture.queues.createLegacy(ROOT.resolve(QueuePaths.LEGACY_FILE_NAME),
                List.of(Rows.queue(Rows.event(1, "e1", "T", "{}"), Rows.event(2, "e2", "T", "{}"))));
        SyncPassResult result = pass(ownRecord(SCOPE, SERVER)).run();
        assertEquals(SyncPassResult.failed("uplink_unavailable", 0, true), result);
        assertEquals(2, fixture.queues.rows(SCOPED, "queue").size());
        List<String> lines = fixture.log.lines();
        assertTrue(lines.contains("[INFO] legacy queue migrated into " + SCOPED + ": migrated=2 quarantined=0"), lines::toString);
        assertEquals("[INFO] sync pass finished: result=failed delivered=0 reason=uplink_unavailable",
                lines.get(lines.size() - 1));
    }

    @Test
    void aDeliveryThatSucceedsReportsItsCount() {
        fixture.authenticated();
        scopedRows();
        SyncPass pass = new SyncPass(ROOT, fixture.identities(), fixture.queueLocator(), fixture.queues,
                new RecordingUplink(UplinkResult.delivered(1)), ownRecord(SCOPE, SERVER), new WarnOnce(fixture.log),
                fixture.log);
        assertEquals(SyncPassResult.succeeded(1, false), pass.run());
        assertEquals(List.of("[INFO] sync pass finished: result=ok delivered=1 reason=-"), fixture.log.lines());
    }

    @Test
    void anUnreadableQueueFailsThePass() {
        fixture.authenticated();
        fixture.queues.createNotADatabase(SCOPED);
        SyncPassResult result = pass(ownRecord(SCOPE, SERVER)).run();
        assertEquals(SyncPassResult.failed("queue_unreadable", 0, false), result);
        assertTrue(fixture.log.lines().get(0).startsWith("[WARN] active queue " + SCOPED + " cannot be read: "));
    }

    @Test
    void theFailureLogIsNotDeliveryWork() {
        assertEquals(3, SyncPass.deliverableRows(new QueueInspection(SCOPED, true, null, 1L, 2L, 40L, 5L)));
    }

    @Test
    void anUnexpectedErrorIsAFailedPassNotADeadScheduler() {
        fixture.authenticated();
        InspectQueues broken = new InspectQueues() {
            @Override
            public QueueInspection inspect(Path database) {
                throw new IllegalStateException("disk on fire");
            }

            @Override
            public boolean hasBodyUploadsForMission(Path legacyDatabase, String missionSlug) {
                return false;
            }

            @Override
            public List<QuarantineEntry> quarantine(Path scopedDatabase) {
                return List.of();
            }

            @Override
            public QueueDiagnostics diagnose(Path database) {
                return QueueDiagnostics.EMPTY;
            }
        };
        assertEquals(SyncPassResult.failed("internal_error", 0, false), pass(ownRecord(SCOPE, SERVER), broken).run());
        assertEquals(List.of("[ERROR] sync pass failed unexpectedly: IllegalStateException: disk on fire",
                "[INFO] sync pass finished: result=failed delivered=0 reason=internal_error"), fixture.log.lines());
    }

    @Test
    void identityWarningsAreLoggedOncePerProcess() {
        fixture.identityInputs.putConfig(ROOT, java.util.Map.of("server_url", 42L));
        WarnOnce once = new WarnOnce(fixture.log);
        SyncPass pass = new SyncPass(ROOT, fixture.identities(), fixture.queueLocator(), fixture.queues, fixture.uplink,
                ownRecord(null, SERVER), once, fixture.log);
        pass.run();
        pass.run();
        assertEquals(1, fixture.log.lines().stream().filter(l -> l.startsWith("[WARN] ")).count(), fixture.log.lines()::toString);
    }
}
