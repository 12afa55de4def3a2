package dev.speckitty.sync.architecture.violations;

/** Halts the JVM outside the CLI. Public on purpose: see {@code RulesCatchViolationsTest}. */
public final class EndsTheJvm {
    void giveUp() {
        Runtime.getRuntime().halt(3);
    }
}
