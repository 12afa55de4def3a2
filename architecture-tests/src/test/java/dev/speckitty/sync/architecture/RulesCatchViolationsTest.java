package dev.speckitty.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import dev.speckitty.sync.architecture.violations.EndsTheJvm;
import dev.speckitty.sync.architecture.violations.WritesToTheTerminal;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves the rules are not vacuous: each one, evaluated on the deliberately bad classes of
 * {@code ..architecture.violations}, reports exactly the class written to break it, and none reports the
 * control class {@code UsesOnlyValues}. Core and adapter rules are factories over a package, so here they guard
 * the violations package instead of core.
 */
class RulesCatchViolationsTest {
    private static final String PACKAGE = "dev.speckitty.sync.architecture.violations";
    private static final String SCOPE = PACKAGE + "..";
    private static JavaClasses violations;

    @BeforeAll
    static void importViolations() {
        violations = new ClassFileImporter().importPackages(PACKAGE);
    }

    @Test
    void terminalRuleReportsOnlyTheWriter() {
        assertReportsExactly(BoundaryRules.ONLY_CLI_OUTPUT_WRITES_TO_THE_TERMINAL, "WritesToTheTerminal");
    }

    @Test
    void environmentRuleReportsAMethodReference() {
        assertReportsExactly(BoundaryRules.ONLY_MAIN_READS_THE_ENVIRONMENT, "ReadsTheEnvironment");
    }

    @Test
    void exitRuleReportsRuntimeHalt() {
        assertReportsExactly(BoundaryRules.ONLY_THE_CLI_ENDS_THE_JVM, "EndsTheJvm");
    }

    @Test
    void signalRuleReportsBothTheReferenceAndTheCall() {
        EvaluationResult result = BoundaryRules.ONLY_THE_PROCESS_ADAPTER_SENDS_SIGNALS.evaluate(violations);
        List<String> details = result.getFailureReport().getDetails();
        assertTrue(details.stream().anyMatch(line -> line.contains("ProcessHandle.destroy")), details::toString);
        assertTrue(details.stream().anyMatch(line -> line.contains("Process.destroyForcibly")), details::toString);
        assertEquals(Set.of("SignalsProcesses"), reportedClasses(result));
    }

    @Test
    void stackTraceRuleReportsPrintStackTrace() {
        assertReportsExactly(BoundaryRules.ONLY_THE_CLI_PRINTS_STACK_TRACES, "PrintsStackTraces");
    }

    @Test
    void jdkInternalsRuleReportsAJdkClassThatUsesUnsafe() {
        // Product code cannot even compile against jdk.internal under -Werror; the JDK's own map can.
        JavaClasses jdk = new ClassFileImporter().importClasses(ConcurrentHashMap.class);
        assertTrue(BoundaryRules.NO_JDK_INTERNALS.evaluate(jdk).hasViolation());
    }

    @Test
    void coreRulesReportTheirCulprits() {
        assertReportsExactly(CoreRules.usesNoJdbc(SCOPE), "OpensJdbcConnections");
        assertReportsExactly(CoreRules.usesNoFileStreams(SCOPE), "ReadsFiles");
        assertReportsExactly(CoreRules.touchesNoFileSystem(SCOPE), "ReadsFiles");
        assertReportsExactly(CoreRules.usesNoNetwork(SCOPE), "OpensSockets");
        assertReportsExactly(CoreRules.usesNoLoggingLibrary(SCOPE), "LogsThroughJul");
        assertReportsExactly(CoreRules.readsNoWallClock(SCOPE), "WaitsOnTheWallClock");
        assertReportsExactly(CoreRules.neverSleeps(SCOPE), "WaitsOnTheWallClock");
        assertReportsExactly(CoreRules.startsNoProcesses(SCOPE), "EndsTheJvm", "SignalsProcesses", "StartsProcesses");
        assertReportsExactly(CoreRules.dependsOnlyOnTheJdkAndItself(SCOPE), "UsesAForeignLibrary");
    }

    @Test
    void adapterRulesReportTheirCulprits() {
        // Stand-ins: the violations package plays an adapter, core plays "another adapter".
        assertReportsExactly(AdapterRules.usesNoOtherAdapter(SCOPE, Hexagon.CORE), "UsesAForeignLibrary");
        assertReportsExactly(AdapterRules.dependsOnlyOnCoreAnd(SCOPE), "UsesAForeignLibrary");
        assertFalse(AdapterRules.dependsOnlyOnCoreAnd(SCOPE, "org.opentest4j..").evaluate(violations).hasViolation());
    }

    @Test
    void publicEntryClassCountSeesEveryPublicTopLevelClass() {
        assertEquals(List.of(EndsTheJvm.class.getName(), WritesToTheTerminal.class.getName()),
                AdapterRules.publicTopLevelClassesByPackage(violations, SCOPE)
                        .get(EndsTheJvm.class.getPackageName()));
    }

    @Test
    void adapterRulesAllowAnAdapterPackageThatDoesNotExistYet() {
        String missing = "dev.speckitty.sync.nothing.here..";
        assertFalse(AdapterRules.usesNoOtherAdapter(missing, Hexagon.CORE).evaluate(violations).hasViolation());
        assertFalse(AdapterRules.dependsOnlyOnCoreAnd(missing).evaluate(violations).hasViolation());
    }

    private static void assertReportsExactly(ArchRule rule, String... culprits) {
        EvaluationResult result = rule.evaluate(violations);
        assertEquals(new TreeSet<>(List.of(culprits)), reportedClasses(result),
                () -> rule.getDescription() + "\n" + result.getFailureReport());
    }

    /** Simple names of the violation classes that the result's failure lines name. */
    private static Set<String> reportedClasses(EvaluationResult result) {
        Set<String> reported = new TreeSet<>();
        for (String line : result.getFailureReport().getDetails()) {
            for (var javaClass : violations) {
                String name = javaClass.getName();
                if (line.contains("<" + name + ">") || line.contains("<" + name + ".")
                        || line.contains("<" + name + "$")) {
                    reported.add(javaClass.getSimpleName());
                }
            }
        }
        return reported;
    }
}
