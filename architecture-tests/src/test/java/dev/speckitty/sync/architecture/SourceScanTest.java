package dev.speckitty.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.architecture.SourceTree.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules about literals and annotations, checked on the source files of the checkout (contract README §6:
 * ArchUnit does not see string constants). The rules are in {@link SourceRules}.
 */
class SourceScanTest {
    private static List<SourceFile> main;
    private static List<SourceFile> test;
    private static List<SourceFile> poms;

    @BeforeAll
    static void readTheCheckout() {
        SourceTree tree = new SourceTree(RepositoryRoot.locate());
        main = tree.sourceSet("main");
        test = tree.sourceSet("test");
        poms = tree.poms();
    }

    @Test
    void theScanSeesTheFilesItsRulesNameAndTheReactorPoms() {
        // Guards every scan below against passing on an empty or wrong tree.
        assertTrue(main.stream().anyMatch(file -> file.path().equals(SourceRules.QUEUE_PATHS)), "QueuePaths not found");
        assertTrue(test.stream().anyMatch(file -> file.path().equals(SourceRules.TEMP_ROOTS)), "TempRoots not found");
        assertTrue(poms.stream().anyMatch(file -> file.path().equals("pom.xml")), "parent pom not found");
    }

    @Test
    void onlyQueuePathsSpellsTheLegacyQueueFileName() {
        assertNoFindings(main, SourceRules::legacyQueueFileNameLiterals,
                "only the queue locator builds the legacy queue path (contract README §6; on-disk.md §7.1)");
    }

    @Test
    void testsNeverNameTheRealHomeOrTheDefaultRoot() {
        // Test classes only: copies of reference data files (owner.json, health bodies) legitimately hold paths
        // the Python reference wrote; what must never name the real home is code.
        List<SourceFile> testClasses = test.stream().filter(f -> f.path().endsWith(".java")).toList();
        assertNoFindings(testClasses, SourceRules::realHomeReferences,
                "tests are hermetic; only TempRoots names the default root (contract README §6, seed 000 NFR-001)");
    }

    @Test
    void noDisabledOrVacuousTestsAndNoBannedPropertyTestLibrary() {
        List<SourceFile> everything = new ArrayList<>(main);
        everything.addAll(test);
        everything.addAll(poms);
        assertNoFindings(everything, SourceRules::disabledVacuousOrBannedTests,
                "no disabled test, no test that cannot fail; property tests use QuickTheories (contract README §6)");
    }

    @Test
    void everySuppressWarningsSaysWhy() {
        List<SourceFile> sources = new ArrayList<>(main);
        sources.addAll(test);
        assertNoFindings(sources, SourceRules::unexplainedSuppressions,
                "a @SuppressWarnings is allowed only with a comment that justifies it (contract README §6)");
    }

    private static void assertNoFindings(List<SourceFile> files, BiFunction<String, String, List<String>> rule,
            String because) {
        List<String> findings = new ArrayList<>();
        for (SourceFile file : files) {
            findings.addAll(rule.apply(file.path(), file.text()));
        }
        assertEquals(List.of(), findings, because);
    }
}
