package dev.speckitty.sync.architecture.violations;

import java.util.function.UnaryOperator;

/** Reads an environment variable through a method reference, which the rule must see as well as a call. */
final class ReadsTheEnvironment {
    UnaryOperator<String> lookup() {
        return System::getenv;
    }
}
