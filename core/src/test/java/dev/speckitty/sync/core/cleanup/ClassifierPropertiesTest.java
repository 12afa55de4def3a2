package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

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

    private static QuickTheory theory() {
        return qt().withExamples(EXAMPLES);
    }

    private static boolean foreignFamily(HealthProbe health) {
        return health.responded() && health.daemonFamily() != null && !health.daemonFamily().equals("sync");
    }

    @Test
    void nothingOutsideTheRangeWithoutSpawnShapeOrWithAForeignFamilyIsEverAnOrphan() {
        theory().forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            if (!Classifier.inSyncRange(listener.port()) || !listener.spawnShapeOk()
                    || foreignFamily(listener.health())) {
                Classification classification = Classifier.classify(listener, ROOT);
                assertEquals(CleanupClass.NEVER_TOUCH, classification.cleanupClass(), listener.toString());
                assertFalse(IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS).isLiveOrphan());
            }
        });
    }

    @Test
    void safeAutoImpliesEveryInvariant() {
        Map<CleanupClass, Integer> seen = new EnumMap<>(CleanupClass.class);
        theory().forAll(CleanupGenerators.observations()).checkAssert(listener -> {
            IdentityRecord record = IdentityRecord.describe(listener, ROOT, Listeners.IDENTITY_PATHS);
            seen.merge(record.cleanupClass(), 1, Integer::sum);
            if (record.cleanupClass() != CleanupClass.SAFE_AUTO) {
                assertNotNull(record.skipReason());
                return;
            }
            String why = listener.toString();
            assertTrue(Classifier.inSyncRange(record.port()), why);
            assertEquals("sync", record.daemonFamily(), why);
            assertTrue(listener.health().daemonFamily() == null || listener.health().daemonFamily().equals("sync"));
            assertTrue(record.spawnShapeOk(), why);
            assertFalse(record.isRecordedSingleton(), why);
            assertNotNull(record.pid(), why);
            assertEquals(Optional.of(ROOT), listener.scopeMarker(), why);
            assertEquals(ROOT, record.singletonScopeId(), why);
            assertTrue(listener.health().responded(), why);
            assertEquals(record.pid(), listener.health().owner().pid(), why);
            assertEquals(record.port(), listener.health().owner().port(), why);
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
                boolean forbidden = !Classifier.inSyncRange(record.port()) || !record.daemonFamily().equals("sync")
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
                    new HealthProbe(listener.health().responded(), listener.health().protocolVersion(),
                            listener.health().packageVersion(), listener.health().daemonFamily(),
                            listener.health().singletonScopeId(), listener.health().owner()),
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
