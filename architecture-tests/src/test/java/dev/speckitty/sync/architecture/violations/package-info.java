/**
 * Deliberately bad classes. Nothing runs them: {@code RulesCatchViolationsTest} imports their bytecode and
 * checks that each architecture rule reports exactly the class written to break it. The main-code imports
 * exclude them (they are test classes) and {@code TestCodeRulesTest} skips this package.
 */
package dev.speckitty.sync.architecture.violations;
