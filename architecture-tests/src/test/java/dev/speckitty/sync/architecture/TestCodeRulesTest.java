package dev.speckitty.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules that hold for test code too. Test classes are not on this module's classpath (only main jars are), so
 * they are imported from each module's {@code target/test-classes}, which the reactor build has just compiled.
 * The deliberately bad classes of {@code ..architecture.violations} are left out.
 */
class TestCodeRulesTest {
    private static final String VIOLATIONS = "/dev/speckitty/sync/architecture/violations/";
    private static JavaClasses testClasses;

    @BeforeAll
    static void importTestClasses() {
        Path root = RepositoryRoot.locate();
        List<Path> compiled = RepositoryRoot.modules(root).stream()
                .map(module -> module.resolve("target").resolve("test-classes"))
                .filter(Files::isDirectory)
                .toList();
        ImportOption withoutViolations = location -> !location.contains(VIOLATIONS);
        testClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(withoutViolations)
                .importPaths(compiled);
    }

    @Test
    void testClassesOfCoreAreImported() {
        // Guards the rules below against passing on an empty import (e.g. a build that skipped test-compile).
        assertTrue(testClasses.containPackage("dev.speckitty.sync.core.testing"),
                "core's test classes were not found under */target/test-classes; build with -am first");
    }

    @Test
    void testCodeUsesNoJdkInternals() {
        BoundaryRules.NO_JDK_INTERNALS.check(testClasses);
    }
}
