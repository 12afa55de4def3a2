package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/** The invariants of cleanup.md §7 and §8.1 over generated listeners and records. */
class ClassifierPropertiesTest {

    private static final int EXAMPLES = 200;
    /**
     * About 2 % of generated listeners are safe_auto, so 200 random examples miss the class about once in 50 runs;
     * the reachability check below needs enough examples to make a miss negligible (e^-19).
     */
    private static final int EXAMPLES_REACHING_EVERY_CLASS = 1000;

    private static QuickTheory theory() {
        return qt().withExamples(EXAMPLES);
    }

    private static boolean foreignFamily(ListenerObservation listener) {
        return listener.report().map(r -> r.daemonFamily() != null && !r.daemonFamily().equals("sync")).orElse(false);
    }

    @Test
    void nothingOutsideTheRangeWithoutSpawnShapeOrWithAForeignFamilyIsEverAnOrphan() {
        theory().forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            if (!SyncPort.contains(listener.port()) || !listener.spawnShapeOk()
                    || foreignFamily(listener)) {
                Classification classification = Classifier.classify(listener, ROOT);
                assertEquals(CleanupClass.NEVER_TOUCH, classification.cleanupClass(), listener.toString());
                assertFalse(IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS).isLiveOrphan());
            }
        });
    }

    @Test
    void safeAutoImpliesEveryInvariant() {
        Map<CleanupClass, Integer> seen = new EnumMap<>(CleanupClass.class);
        qt().withExamples(EXAMPLES_REACHING_EVERY_CLASS).forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            IdentityRecord record = IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS);
            seen.merge(record.cleanupClass(), 1, Integer::sum);
            if (record.cleanupClass() != CleanupClass.SAFE_AUTO) {
                assertNotNull(record.skipReason());
                return;
            }
            String why = listener.toString();
            assertTrue(SyncPort.contains(record.port()), why);
            assertEquals("sync", record.daemonFamily(), why);
            HealthReport report = listener.report().orElseThrow();
            assertTrue(report.daemonFamily() == null || report.daemonFamily().equals("sync"));
            assertTrue(record.spawnShapeOk(), why);
            assertFalse(record.isRecordedSingleton(), why);
            assertNotNull(record.pid(), why);
            assertEquals(Optional.of(ROOT), listener.scopeMarker(), why);
            assertEquals(ROOT, record.singletonScopeId(), why);
            assertInstanceOf(HealthProbe.Responded.class, listener.health(), why);
            assertEquals(record.pid(), report.owner().pid(), why);
            assertEquals(Long.valueOf(record.port()), report.owner().port(), why);
            assertTrue(record.selfReportMatchesListener(), why);
            assertNull(record.skipReason(), why);
            assertEquals(EvidenceSource.HEALTH_SELF_REPORT, record.identitySource(), why);
        });
        // The generators must reach every class, or the implication above proves nothing.
        assertEquals(List.of(CleanupClass.values()).size(), seen.size(), seen.toString());
    }

    @Test
    void versionsExecutablesOwnerPresenceAndDaemonRootNeverChangeTheClassification() {
        theory().forAll(CleanupGenerators.observations(), CleanupGenerators.draws())
                .checkAssert((listener, evidenceDraws) -> {
                    ListenerObservation varied = CleanupGenerators.withOtherEvidence(listener, evidenceDraws);
                    assertEquals(Classifier.classify(listener, ROOT), Classifier.classify(varied, ROOT),
                            listener + " vs " + varied);
                    IdentityRecord original = IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS);
                    IdentityRecord other = IdentityRecord.describe(varied, ROOT,
                            CleanupGenerators.canonicaliser(evidenceDraws.get(0)));
                    assertEquals(original.spawnShapeOk(), other.spawnShapeOk());
                    assertEquals(original.singletonScopeId(), other.singletonScopeId());
                    assertEquals(original.selfReportMatchesListener(), other.selfReportMatchesListener());
                    assertEquals(original.isRecordedSingleton(), other.isRecordedSingleton());
                });
    }

    @Test
    void theRecordedSingletonIsNeverSwept() {
        theory().forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            if (listener.isRecordedSingleton()) {
                IdentityRecord record = IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS);
                assertEquals(CleanupClass.NEVER_TOUCH, record.cleanupClass(), listener.toString());
                assertFalse(record.isLiveOrphan());
                for (boolean force : List.of(false, true)) {
                    assertInstanceOf(Disposition.Refuse.class, Disposition.of(record, force));
                }
            }
        });
    }

    @Test
    void theGuardRefusesEveryNeverTouchRecordFromTheClassifier() {
        theory().forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            IdentityRecord record = IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS);
            if (record.cleanupClass() == CleanupClass.NEVER_TOUCH) {
                assertTrue(SweepGuard.refusal(record).isPresent(), record.toString());
            } else {
                assertEquals(Optional.empty(), SweepGuard.refusal(record), record.toString());
            }
        });
    }

    @Test
    void noSweepEverReachesWhatTheGuardForbidsEvenForDefectiveRecords() {
        theory().forAll(CleanupGenerators.arbitraryRecords()).checkAssert(record -> {
            for (boolean force : List.of(false, true)) {
                Disposition disposition = Disposition.of(record, force);
                boolean forbidden = !SyncPort.contains(record.port()) || !record.daemonFamily().equals("sync")
                        || record.cleanupClass() == CleanupClass.NEVER_TOUCH || !record.spawnShapeOk();
                assertEquals(forbidden, disposition instanceof Disposition.Refuse, record.toString());
                if (disposition instanceof Disposition.Sweep) {
                    assertNotNull(record.pid(), "a swept record always has a pid");
                    assertTrue(record.cleanupClass() == CleanupClass.SAFE_AUTO || force, record.toString());
                }
                if (disposition instanceof Disposition.Skip) {
                    assertEquals(CleanupClass.OPERATOR_REQUIRED, record.cleanupClass());
                    assertFalse(force);
                }
            }
        });
    }

    @Test
    void classificationIsDeterministicForEqualInputs() {
        theory().forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            ListenerObservation copy = new ListenerObservation(listener.port(), listener.pid(),
                    listener.report().<HealthProbe>map(r -> new HealthProbe.Responded(new HealthReport(r.status(),
                                    r.daemonFamily(), r.daemonFamilyNotAString(), r.singletonScopeId(),
                                    r.protocolVersion(), r.packageVersion(), r.sync(), r.websocketStatus(), r.owner())))
                            .orElse(new HealthProbe.NotResponded("no response")),
                    new ArrayList<>(listener.argv()), listener.executable(), listener.startInstant(),
                    listener.ownerPresent(), listener.recordedSingleton());
            Classification classification = Classifier.classify(listener, ROOT);
            assertEquals(classification, Classifier.classify(listener, ROOT));
            assertEquals(classification, Classifier.classify(copy, new String(ROOT.toCharArray())));
            assertEquals(IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS),
                    IdentityRecord.describe(copy, ROOT, Listeners.IDENTITY_PATHS));
        });
    }
}
