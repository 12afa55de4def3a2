package dev.speckitty.sync.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Set;
import java.util.Map;
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
    /**
     * Public utilities the adapter modules share on purpose (explicit modes, host facts, strict JSON); they are not
     * entry classes, so the one-entry-class-per-package rule does not count them.
     */
    static final Set<String> SHARED_UTILITIES = Set.of(
            "dev.speckitty.sync.fs.HostFacts",
            "dev.speckitty.sync.fs.OwnerOnlyFiles",
            "dev.speckitty.sync.fs.StrictJson");

    /** Public top-level classes of every package under {@code adapter}, shared utilities left out. */
    static Map<String, List<String>> publicTopLevelClassesByPackage(JavaClasses classes, String adapter) {
        Map<String, List<String>> byPackage = new TreeMap<>();
        for (JavaClass javaClass : classes.that(JavaClass.Predicates.resideInAPackage(adapter))) {
            if (javaClass.isTopLevelClass() && javaClass.getModifiers().contains(JavaModifier.PUBLIC)
                    && !SHARED_UTILITIES.contains(javaClass.getName())) {
                byPackage.computeIfAbsent(javaClass.getPackageName(), k -> new ArrayList<>()).add(javaClass.getName());
            }
        }
        byPackage.values().forEach(names -> names.sort(null));
        return byPackage;
    }
}
