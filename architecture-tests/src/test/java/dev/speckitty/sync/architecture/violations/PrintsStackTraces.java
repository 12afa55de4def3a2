package dev.speckitty.sync.architecture.violations;

/** Dumps a stack trace on stderr outside the CLI. */
final class PrintsStackTraces {
    void fail(RuntimeException problem) {
        problem.printStackTrace();
    }
}
