package dev.speckitty.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.List;
import java.util.Map;

/** Adapters depend on core and their own libraries only, never on each other or on app-cli. */
@AnalyzeClasses(packages = Hexagon.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterIsolationTest {

    @ArchTest
    static void sqliteAdapterUsesNoOtherAdapterNorTheCli(JavaClasses classes) {
        AdapterRules.usesNoOtherAdapter(Hexagon.SQLITE, Hexagon.FS, Hexagon.PROCESS, Hexagon.CLI).check(classes);
    }

    @ArchTest
    static void fsAdapterUsesNoOtherAdapterNorTheCli(JavaClasses classes) {
        AdapterRules.usesNoOtherAdapter(Hexagon.FS, Hexagon.SQLITE, Hexagon.PROCESS, Hexagon.CLI).check(classes);
    }

    @ArchTest
    static void processAdapterUsesNoOtherAdapterNorTheCli(JavaClasses classes) {
        AdapterRules.usesNoOtherAdapter(Hexagon.PROCESS, Hexagon.SQLITE, Hexagon.FS, Hexagon.CLI).check(classes);
    }

    @ArchTest
    static void sqliteAdapterDependsOnlyOnCoreAndSqliteJdbc(JavaClasses classes) {
        AdapterRules.dependsOnlyOnCoreAnd(Hexagon.SQLITE, "javax.sql..", "org.sqlite..").check(classes);
    }

    @ArchTest
    static void fsAdapterDependsOnlyOnCoreAndItsParsers(JavaClasses classes) {
        AdapterRules.dependsOnlyOnCoreAnd(Hexagon.FS, "javax.crypto..", "com.google.gson..", "org.tomlj..",
                "org.bouncycastle..", "org.snakeyaml..").check(classes);
    }

    @ArchTest
    static void processAdapterDependsOnlyOnCoreGsonAndTheJdkHttpServer(JavaClasses classes) {
        AdapterRules.dependsOnlyOnCoreAnd(Hexagon.PROCESS, "com.google.gson..", "com.sun.net.httpserver..")
                .check(classes);
    }

    @ArchTest
    static void eachAdapterPackageExposesAtMostOnePublicEntryClass(JavaClasses classes) {
        for (String adapter : List.of(Hexagon.SQLITE, Hexagon.FS, Hexagon.PROCESS)) {
            Map<String, List<String>> exposed = AdapterRules.publicTopLevelClassesByPackage(classes, adapter);
            exposed.forEach((pkg, names) -> assertTrue(names.size() <= 1, () -> pkg + " exposes " + names
                    + "; each adapter package has one public entry class (static factories returning port "
                    + "interfaces), everything else package-private; shared adapter utilities are listed in "
                    + "AdapterRules.SHARED_UTILITIES"));
        }
    }
}
