package dev.speckitty.sync.core.root;

import java.util.Optional;

/**
 * Checks that the root belongs to the invoking user before any other work (clarifications #30, #34): for each of
 * {@link RootSafety#productDirectories} that exists, the owner must be the real uid and others must not be able
 * to write (group write is allowed). {@code <R>} itself is judged through a symbolic link (its target counts);
 * a symbolic link at {@code <R>/sync}, {@code <R>/sync/daemon} or {@code <R>/queues} is refused. Reads only.
 */
public interface InspectRootSafety {

    /**
     * @return the first refusal in the order of {@link RootSafety#productDirectories}, or empty when the root is
     *         safe to use (including when nothing exists yet)
     * @throws java.io.UncheckedIOException when an entry exists but its attributes cannot be read
     */
    Optional<RootRefusal> inspect(java.nio.file.Path root);
}
