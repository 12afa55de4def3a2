package dev.speckitty.sync.cli.ports;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The ownership check of clarifications #30: {@code <R>}, {@code <R>/sync}, {@code <R>/sync/daemon} and
 * {@code <R>/queues}, where they exist, must belong to the real uid and not be writable by others. Read-only;
 * a missing root is safe.
 */
@FunctionalInterface
public interface CheckRootSafety {
    /** The refusal, or empty when the root may be used. */
    Optional<RootRefusal> check(Path root);
}
