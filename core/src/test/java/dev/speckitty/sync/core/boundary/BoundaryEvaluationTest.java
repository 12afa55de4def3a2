package dev.speckitty.sync.core.boundary;

import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.LEGACY;
import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.OWNER_PATH;
import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.SCOPED;
import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.facts;
import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.healthy;
import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.record;
import static dev.speckitty.sync.core.boundary.BoundaryFactsBuilder.unhealthy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.IdentityField;
import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.OwnerRecordStatus;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundaryEvaluationTest {

    private static List<BoundaryFailure> evaluate(BoundaryFactsBuilder builder) {
        return BoundaryEvaluation.evaluate(builder.build());
    }

    private static BoundaryFailure only(BoundaryFactsBuilder builder) {
        List<BoundaryFailure> failures = evaluate(builder);
        assertEquals(1, failures.size(), () -> "expected one failure, got " + failures);
        return failures.get(0);
    }

    @Test
    void coherentBoundaryHasNoFailure() {
        assertEquals(List.of(), evaluate(facts()));
        assertEquals(List.of(), evaluate(facts().saas(true)));
        assertEquals(List.of(), evaluate(facts().unauthenticated()));
    }

    @Test
    void unreadableOwnerRecordIsFailure1WithR1() {
        BoundaryFailure failure = only(facts().owner(
                OwnerRecordFacts.unreadable(OWNER_PATH, OwnerRecordReading.Reason.INVALID_FIELDS, "missing required key 'token'")));
        assertEquals(FailureCode.OWNER_RECORD_UNREADABLE, failure.code());
        assertEquals("owner_record_unreadable", failure.code().wireName());
        assertEquals("daemon owner record /r/sync/daemon/owner.json is unreadable (invalid_fields): missing required"
                + " key 'token'", failure.message());
        assertEquals(Remediation.R1, failure.remediation());
        assertEquals(List.of(), failure.mismatches());
    }

    @Test
    void mismatchesAreFailure2InCanonicalOrderWithR2() {
        BoundaryFailure failure = only(facts()
                .owner(OwnerRecordFacts.present(OWNER_PATH, record(12345, 9400)))
                .mismatch(IdentityField.SOURCE_CHECKOUT_PATH, "/b", "/a")
                .mismatch(IdentityField.PACKAGE_VERSION, "3.2.4", "3.2.2")
                .mismatch(IdentityField.EXECUTABLE_PATH, "/b/lib/spec-kitty-sync.jar", "/a/lib/spec-kitty-sync.jar"));
        assertEquals(FailureCode.OWNER_MISMATCH, failure.code());
        assertEquals("foreground/daemon mismatch on field(s): package_version, executable_path, source_checkout_path",
                failure.message());
        assertEquals(Remediation.R2, failure.remediation());
        assertEquals(List.of(IdentityField.PACKAGE_VERSION, IdentityField.EXECUTABLE_PATH,
                IdentityField.SOURCE_CHECKOUT_PATH), failure.mismatches().stream().map(FieldMismatch::field).toList());
        assertEquals("3.2.2", failure.mismatches().get(0).daemonValue());
    }

    @Test
    void mismatchAgainstHealthOwnerBlockWhenNoRecordIsPresent() {
        BoundaryFailure failure = only(facts()
                .daemon(healthy(12345L, 9400, true, "3.2.2"))
                .mismatch(IdentityField.AUTH_SCOPE, BoundaryFactsBuilder.SCOPE, null));
        assertEquals("foreground/daemon mismatch on field(s): auth_scope", failure.message());
        assertEquals(null, failure.mismatches().get(0).daemonValue());
    }

    @Test
    void orphanWithProcessGoneAndPortFreeIsFailure3WithR3() {
        BoundaryFailure failure = only(facts().owner(OwnerRecordFacts.orphan(OWNER_PATH, record(4242, 9401),
                List.of(OrphanReason.PID_NOT_ALIVE, OrphanReason.EXECUTABLE_MISSING), false)));
        assertEquals(FailureCode.ORPHAN_OWNER_RECORD, failure.code());
        assertEquals("orphan daemon owner record /r/sync/daemon/owner.json (pid 4242, port 9401): pid_not_alive,"
                + " executable_missing", failure.message());
        assertEquals(Remediation.R3, failure.remediation());
    }

    @Test
    void orphanWithRecycledPidIsR3UnlessThePidListensOnItsPort() {
        List<OrphanReason> recycled = List.of(OrphanReason.PID_RECYCLED);
        assertEquals(Remediation.R3, only(facts().owner(
                OwnerRecordFacts.orphan(OWNER_PATH, record(7, 9402), recycled, false))).remediation());
        assertEquals(Remediation.R2, only(facts().owner(
                OwnerRecordFacts.orphan(OWNER_PATH, record(7, 9402), recycled, true))).remediation());
    }

    @Test
    void orphanOfARunningDaemonWithMissingExecutableCarriesR2() {
        BoundaryFailure failure = only(facts().owner(OwnerRecordFacts.orphan(OWNER_PATH, record(99, 9403),
                List.of(OrphanReason.EXECUTABLE_UNVERIFIABLE), false)));
        assertEquals("orphan daemon owner record /r/sync/daemon/owner.json (pid 99, port 9403): executable_unverifiable",
                failure.message());
        assertEquals(Remediation.R2, failure.remediation());
    }

    @Test
    void legacyRowsWhileAuthenticatedAreFailure4WithR4() {
        BoundaryFailure failure = only(facts().legacy(counts(24, 12, 3)));
        assertEquals(FailureCode.LEGACY_ROWS_PENDING, failure.code());
        assertEquals("legacy queue DB /r/queue.db has 39 row(s) pending migration (queue=24, body_upload_queue=12,"
                + " body_upload_failure_log=3)", failure.message());
        assertEquals(Remediation.R4, failure.remediation());
    }

    @Test
    void failure4NamesTheStrandedMission() {
        BoundaryFailure failure = only(facts().legacy(counts(0, 1, 0)).stranded("012-my-mission"));
        assertEquals("legacy queue DB /r/queue.db has 1 row(s) pending migration (queue=0, body_upload_queue=1,"
                + " body_upload_failure_log=0) \u2014 setup-plan stranded mission slug 012-my-mission", failure.message());
    }

    @Test
    void legacyRowsAreNotPendingWhileUnauthenticated() {
        assertEquals(List.of(), evaluate(facts().unauthenticated().legacy(counts(24, 12, 3))));
    }

    @Test
    void emptyLegacyDbIsNotPending() {
        assertEquals(List.of(), evaluate(facts().legacy(counts(0, 0, 0))));
    }

    @Test
    void unreadableQueueDbsAreFailure5WithR8LegacyFirst() {
        List<BoundaryFailure> failures = evaluate(facts()
                .legacy(QueueInspection.unreadable(LEGACY, "file is not a database"))
                .scoped(QueueInspection.unreadable(SCOPED, "database is locked")));
        assertEquals(2, failures.size());
        assertEquals(FailureCode.QUEUE_DB_UNREADABLE, failures.get(0).code());
        assertEquals("queue DB /r/queue.db could not be read: file is not a database", failures.get(0).message());
        assertEquals("queue DB " + SCOPED + " could not be read: database is locked", failures.get(1).message());
        assertEquals(Remediation.R8, failures.get(1).remediation());
    }

    @Test
    void unreadableLegacyDbWhileUnauthenticatedIsStillFailure5() {
        BoundaryFailure failure = only(facts().unauthenticated()
                .legacy(QueueInspection.unreadable(LEGACY, "file is not a database")));
        assertEquals(FailureCode.QUEUE_DB_UNREADABLE, failure.code());
    }

    @Test
    void saasWithoutIdentityIsFailure6WithR5() {
        BoundaryFailure failure = only(facts().saas(true).unauthenticated());
        assertEquals(FailureCode.SAAS_UNAUTHENTICATED, failure.code());
        assertEquals("SaaS sync is enabled but no authenticated identity is available", failure.message());
        assertEquals(Remediation.R5, failure.remediation());
    }

    @Test
    void liveOrphansAreFailure7WithAscendingPortsAndR6() {
        BoundaryFailure failure = only(facts().livePorts(9411, 9402, 9405));
        assertEquals(FailureCode.LIVE_ORPHAN_DAEMONS, failure.code());
        assertEquals("3 live orphan sync daemon(s) detected on port(s) 9402, 9405, 9411", failure.message());
        assertEquals(Remediation.R6, failure.remediation());
    }

    @Test
    void failedScanIsFailure8WithR7() {
        BoundaryFailure failure = only(facts().scanFailed("cannot read /proc/net/tcp: AccessDeniedException"));
        assertEquals(FailureCode.DAEMON_SCAN_FAILED, failure.code());
        assertEquals("live daemon scan failed: cannot read /proc/net/tcp: AccessDeniedException", failure.message());
        assertEquals(Remediation.R7, failure.remediation());
    }

    @Test
    void healthyDaemonWithoutOwnerBlockOrRecordIsFailure9WithR2() {
        BoundaryFailure failure = only(facts()
                .daemon(healthy(12345L, 9400, false, "3.2.4")));
        assertEquals(FailureCode.OWNER_RECORD_MISSING, failure.code());
        assertEquals("recorded sync daemon (pid 12345, port 9400) reports no owner identity and owner record"
                + " /r/sync/daemon/owner.json is absent", failure.message());
        assertEquals(Remediation.R2, failure.remediation());
    }

    @Test
    void failure9PrintsUnknownPidAndComesWithFailure1ForAnUnreadableRecord() {
        List<BoundaryFailure> failures = evaluate(facts()
                .owner(OwnerRecordFacts.unreadable(OWNER_PATH, OwnerRecordReading.Reason.INVALID_JSON, "invalid JSON at line 1 column 12"))
                .daemon(healthy(null, 9407, false, "3.2.4")));
        assertEquals(List.of(FailureCode.OWNER_RECORD_UNREADABLE, FailureCode.OWNER_RECORD_MISSING),
                failures.stream().map(BoundaryFailure::code).toList());
        assertEquals("recorded sync daemon (pid unknown, port 9407) reports no owner identity and owner record"
                + " /r/sync/daemon/owner.json is unreadable", failures.get(1).message());
    }

    @Test
    void failure9ForAnOrphanRecordFollowsFailure3() {
        List<BoundaryFailure> failures = evaluate(facts()
                .owner(OwnerRecordFacts.orphan(OWNER_PATH, record(5, 9401), List.of(OrphanReason.PID_NOT_ALIVE), false))
                .daemon(healthy(6L, 9400, false, "3.2.4")));
        assertEquals(List.of(FailureCode.ORPHAN_OWNER_RECORD, FailureCode.OWNER_RECORD_MISSING),
                failures.stream().map(BoundaryFailure::code).toList());
        assertTrue(failures.get(1).message().endsWith(" is orphan"));
    }

    @Test
    void noFailure9WhenTheRecordIsPresentOrTheDaemonUnhealthyOrReportsItsOwner() {
        assertEquals(List.of(), evaluate(facts()
                .owner(OwnerRecordFacts.present(OWNER_PATH, record(12345, 9400)))
                .daemon(healthy(12345L, 9400, false, "3.2.4"))));
        assertEquals(List.of(), evaluate(facts()
                .daemon(unhealthy(12345L, 9400))));
        assertEquals(List.of(), evaluate(facts()
                .daemon(healthy(12345L, 9400, true, "3.2.4"))));
    }

    @Test
    void allFailuresComeInContractOrder() {
        List<BoundaryFailure> failures = evaluate(facts().saas(true)
                .owner(OwnerRecordFacts.unreadable(OWNER_PATH, OwnerRecordReading.Reason.NOT_AN_OBJECT, "expected a JSON object, found array"))
                .daemon(healthy(1L, 9400, true, "3.2.2"))
                .mismatch(IdentityField.PACKAGE_VERSION, "3.2.4", "3.2.2")
                .legacy(counts(1, 0, 0))
                .scoped(QueueInspection.unreadable(SCOPED, "disk I/O error"))
                .livePorts(9420)
                .scanFailed("partial"));
        assertEquals(List.of(FailureCode.OWNER_RECORD_UNREADABLE, FailureCode.OWNER_MISMATCH,
                        FailureCode.LEGACY_ROWS_PENDING, FailureCode.QUEUE_DB_UNREADABLE,
                        FailureCode.LIVE_ORPHAN_DAEMONS, FailureCode.DAEMON_SCAN_FAILED),
                failures.stream().map(BoundaryFailure::code).toList());
    }

    @Test
    void aSubsetKeepsOnlyItsCodesInOrder() {
        BoundaryFacts facts = facts().saas(true).unauthenticated()
                .owner(OwnerRecordFacts.unreadable(OWNER_PATH, OwnerRecordReading.Reason.INVALID_JSON, "empty file"))
                .legacy(QueueInspection.unreadable(LEGACY, "not a database")).livePorts(9401).build();
        List<BoundaryFailure> gate = BoundaryEvaluation.evaluate(facts, EnumSet.of(FailureCode.OWNER_RECORD_UNREADABLE,
                FailureCode.OWNER_MISMATCH, FailureCode.ORPHAN_OWNER_RECORD, FailureCode.SAAS_UNAUTHENTICATED,
                FailureCode.OWNER_RECORD_MISSING));
        assertEquals(List.of(FailureCode.OWNER_RECORD_UNREADABLE, FailureCode.SAAS_UNAUTHENTICATED),
                gate.stream().map(BoundaryFailure::code).toList());
    }

    @Test
    void gatesWithoutQueueFactsReportNoQueueFailure() {
        assertEquals(List.of(), evaluate(facts().noQueues()));
    }

    @Test
    void humanMessagesMakeUntrustedPartsSafeWhileJsonMessagesKeepThem() {
        BoundaryFailure failure = only(facts().legacy(counts(0, 1, 0)).stranded("012-evil\u001b[31m"));
        assertTrue(failure.message().endsWith("012-evil\u001b[31m"));
        assertTrue(failure.humanMessage().endsWith("012-evil\\u001b[31m"));
        BoundaryFailure scan = only(facts().scanFailed("bad\nline"));
        assertEquals("live daemon scan failed: bad\\u000aline", scan.humanMessage());
    }

    @Test
    void factsRejectIncoherentCombinations() {
        assertThrows(IllegalArgumentException.class, () -> facts()
                .mismatch(IdentityField.PACKAGE_VERSION, "a", "b").build());
        assertThrows(IllegalArgumentException.class, () -> facts()
                .daemon(healthy(1L, 9400, false, null))
                .mismatch(IdentityField.PACKAGE_VERSION, "a", "b").build());
        assertThrows(IllegalArgumentException.class, () -> facts()
                .owner(OwnerRecordFacts.present(OWNER_PATH, record(1, 9400)))
                .mismatch(IdentityField.PACKAGE_VERSION, "a", "b")
                .mismatch(IdentityField.PACKAGE_VERSION, "a", "c").build());
        assertThrows(IllegalArgumentException.class, () -> facts().unauthenticated().stranded("012-x").build());
        BoundaryFactsBuilder builder = facts();
        assertThrows(IllegalArgumentException.class, () -> new BoundaryFacts(BoundaryFactsBuilder.ROOT, false,
                builder.foreground(), false, OwnerRecordFacts.absent(OWNER_PATH), List.of(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty()));
    }

    @Test
    void ownerRecordFactsValidateTheirState() {
        assertThrows(IllegalArgumentException.class, () -> OwnerRecordFacts.orphan(OWNER_PATH, record(1, 9400),
                List.of(), false));
        assertThrows(NullPointerException.class, () -> OwnerRecordFacts.present(OWNER_PATH, null));
        assertThrows(IllegalArgumentException.class, () -> new OwnerRecordFacts(OWNER_PATH,
                new OwnerRecordStatus.Unreadable(new OwnerRecordReading.Unreadable(Path.of("/elsewhere/owner.json"),
                        OwnerRecordReading.Reason.INVALID_JSON, "x")), false));
        assertThrows(IllegalArgumentException.class, () -> new OwnerRecordFacts(OWNER_PATH,
                new OwnerRecordStatus.Present(record(1, 9400)), true));
        assertThrows(IllegalArgumentException.class, () -> new FieldMismatch(IdentityField.SERVER_URL, "a", "a"));
        RecordedDaemon wrongPid = RecordedDaemon.probed(BoundaryFactsBuilder.state(1L, 9400),
                new HealthProbe.Responded(healthy(2L, 9400, true, "3.2.4").health().orElseThrow()));
        assertEquals(false, wrongPid.healthy());
        assertEquals(false, wrongPid.healthOwnerBlockPresent());
    }

    private static QueueInspection counts(long events, long bodies, long failures) {
        return new QueueInspection(LEGACY, true, null, events, bodies, failures, 0L);
    }
}
