package dev.speckitty.sync.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/**
 * Predicates on member accesses (field reads, calls and method references alike), so a rule about
 * {@code System.getenv} also catches {@code System::getenv}.
 */
final class Accesses {
    private Accesses() {
    }

    /** Any access to a member of {@code owner} (or a subtype) whose name is one of {@code names}. */
    static DescribedPredicate<JavaAccess<?>> to(Class<?> owner, String... names) {
        Set<String> wanted = Set.of(names);
        return DescribedPredicate.describe(
                owner.getSimpleName() + "." + String.join("/", names),
                access -> ownerIs(access.getTargetOwner(), owner) && wanted.contains(access.getName()));
    }

    /** Like {@link #to} but only for parameterless methods ({@code Instant.now()}, not {@code Instant.now(clock)}). */
    static DescribedPredicate<JavaAccess<?>> toParameterless(Class<?> owner, String name) {
        return DescribedPredicate.describe(owner.getSimpleName() + "." + name + "()",
                access -> ownerIs(access.getTargetOwner(), owner) && access.getName().equals(name)
                        && access.getTarget() instanceof CodeUnitAccessTarget target
                        && target.getRawParameterTypes().isEmpty());
    }

    /** Parameterless {@code now()} of any {@code java.time} type, and the {@code java.time.Clock.system*} factories. */
    static DescribedPredicate<JavaAccess<?>> toWallClockOfJavaTime() {
        return DescribedPredicate.describe("java.time now() or Clock.system*()",
                access -> {
                    JavaClass owner = access.getTargetOwner();
                    if (!owner.getPackageName().equals("java.time")) {
                        return false;
                    }
                    boolean parameterless = access.getTarget() instanceof CodeUnitAccessTarget target
                            && target.getRawParameterTypes().isEmpty();
                    return (access.getName().equals("now") && parameterless)
                            || (owner.isEquivalentTo(java.time.Clock.class) && access.getName().startsWith("system"));
                });
    }

    private static boolean ownerIs(JavaClass targetOwner, Class<?> owner) {
        return targetOwner.isEquivalentTo(owner) || targetOwner.isAssignableTo(owner);
    }
}
