package dev.speckitty.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rules for the adapter modules. The Maven module graph already keeps adapters apart at compile time; these
 * rules say it again so that a dependency added to a pom cannot quietly reshape the hexagon. Adapter packages
 * may be empty while their modules are being written, so every rule here allows an empty subject.
 */
final class AdapterRules {
    private static final String ADAPTERS_APART = "adapters implement core ports and depend only on core and "
            + "their own libraries (contract README §6; helper brief 'House rules'); they never call each other "
            + "or the CLI, which wires them";

    private AdapterRules() {
    }

    /** No class of {@code adapter} depends on any of {@code others}. */
    static ArchRule usesNoOtherAdapter(String adapter, String... others) {
        return noClasses().that().resideInAPackage(adapter)
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because(ADAPTERS_APART)
                .allowEmptyShould(true);
    }

    /** Classes of {@code adapter} depend only on the JDK's {@code java..}, core, themselves and {@code libraries}. */
    static ArchRule dependsOnlyOnCoreAnd(String adapter, String... libraries) {
        String[] allowed = Stream.concat(Stream.of("java..", Hexagon.CORE, adapter), Stream.of(libraries))
                .toArray(String[]::new);
        return classes().that().resideInAPackage(adapter)
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowed)
                .because(ADAPTERS_APART + "; a new library needs a recorded decision (contract README §6, "
                        + "dependency allow-list)")
                .allowEmptyShould(true);
    }

    /**
     * The public top-level classes of {@code adapter}; the helper brief allows exactly one, the entry class
     * whose static factories return port interfaces for the Dagger module in app-cli.
     */
    static List<String> publicTopLevelClasses(JavaClasses classes, String adapter) {
        List<String> names = new ArrayList<>();
        for (JavaClass javaClass : classes.that(JavaClass.Predicates.resideInAPackage(adapter))) {
            if (javaClass.isTopLevelClass() && javaClass.getModifiers().contains(JavaModifier.PUBLIC)) {
                names.add(javaClass.getName());
            }
        }
        names.sort(null);
        return names;
    }
}
