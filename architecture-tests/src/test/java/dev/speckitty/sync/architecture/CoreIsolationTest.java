package dev.speckitty.sync.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;

/** One test per forbidden edge out of core (contract README §6). The rules themselves live in {@link CoreRules}. */
@AnalyzeClasses(packages = Hexagon.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsolationTest {

    @ArchTest
    static void coreDependsOnNoAdapter(JavaClasses classes) {
        CoreRules.dependsOnNoAdapter(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreDependsOnlyOnTheJdkAndItself(JavaClasses classes) {
        CoreRules.dependsOnlyOnTheJdkAndItself(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoJdbc(JavaClasses classes) {
        CoreRules.usesNoJdbc(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoFileStreams(JavaClasses classes) {
        CoreRules.usesNoFileStreams(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreTouchesNoFileSystem(JavaClasses classes) {
        CoreRules.touchesNoFileSystem(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoChannels(JavaClasses classes) {
        CoreRules.usesNoChannels(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoNetwork(JavaClasses classes) {
        CoreRules.usesNoNetwork(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoLoggingLibrary(JavaClasses classes) {
        CoreRules.usesNoLoggingLibrary(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoDependencyInjection(JavaClasses classes) {
        CoreRules.usesNoDependencyInjection(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoGson(JavaClasses classes) {
        CoreRules.usesNoGson(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoToml(JavaClasses classes) {
        CoreRules.usesNoToml(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoBouncyCastle(JavaClasses classes) {
        CoreRules.usesNoBouncyCastle(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreUsesNoYaml(JavaClasses classes) {
        CoreRules.usesNoYaml(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreStartsNoProcesses(JavaClasses classes) {
        CoreRules.startsNoProcesses(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreReadsNoWallClock(JavaClasses classes) {
        CoreRules.readsNoWallClock(Hexagon.CORE).check(classes);
    }

    @ArchTest
    static void coreNeverSleeps(JavaClasses classes) {
        CoreRules.neverSleeps(Hexagon.CORE).check(classes);
    }
}
