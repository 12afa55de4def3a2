package dev.speckitty.sync.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** Who may touch the terminal, the environment, the JVM's exit and other processes (main code). */
@AnalyzeClasses(packages = Hexagon.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class SystemBoundaryTest {

    @ArchTest
    static void onlyTheCliOutputAdapterAndMainWriteToStdoutOrStderr(JavaClasses classes) {
        BoundaryRules.ONLY_CLI_OUTPUT_WRITES_TO_THE_TERMINAL.check(classes);
    }

    @ArchTest
    static void onlyTheCliPrintsStackTraces(JavaClasses classes) {
        BoundaryRules.ONLY_THE_CLI_PRINTS_STACK_TRACES.check(classes);
    }

    @ArchTest
    static void onlyMainReadsTheEnvironment(JavaClasses classes) {
        BoundaryRules.ONLY_MAIN_READS_THE_ENVIRONMENT.check(classes);
    }

    @ArchTest
    static void onlyTheCliEndsTheJvm(JavaClasses classes) {
        BoundaryRules.ONLY_THE_CLI_ENDS_THE_JVM.check(classes);
    }

    @ArchTest
    static void onlyTheProcessAdapterSendsSignals(JavaClasses classes) {
        BoundaryRules.ONLY_THE_PROCESS_ADAPTER_SENDS_SIGNALS.check(classes);
    }

    @ArchTest
    static void mainCodeUsesNoJdkInternals(JavaClasses classes) {
        BoundaryRules.NO_JDK_INTERNALS.check(classes);
    }
}
