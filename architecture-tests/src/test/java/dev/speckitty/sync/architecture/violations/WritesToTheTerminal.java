package dev.speckitty.sync.architecture.violations;

/** Prints on stdout outside the CLI output adapter. Public on purpose: see {@code RulesCatchViolationsTest}. */
public final class WritesToTheTerminal {
    void report(String line) {
        System.out.println(line);
    }
}
