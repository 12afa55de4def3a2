package dev.speckitty.sync.core.root;

import dev.speckitty.sync.core.env.Environment;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves the spec-kitty root {@code <R>} (on-disk.md §2.1). Pure: no I/O, creates nothing, never fails
 * because the directory is missing. Symbolic links are not resolved here.
 */
public final class RootResolver {

    public static final String UNRESOLVED_MESSAGE = "cannot resolve the spec-kitty root: set SPEC_KITTY_HOME or HOME.";

    private RootResolver() {
    }

    /**
     * @param workingDirectory absolute working directory, used for a relative {@code SPEC_KITTY_HOME}
     * @return the absolute, lexically normalised root, or empty when neither variable is usable
     */
    public static Optional<Path> resolve(Environment environment, Path workingDirectory) {
        Optional<String> home = environment.get(Environment.SPEC_KITTY_HOME).filter(v -> !v.isEmpty());
        if (home.isPresent()) {
            return Optional.of(workingDirectory.resolve(home.get()).normalize());
        }
        return environment.get(Environment.HOME)
                .filter(v -> !v.isEmpty())
                .map(h -> workingDirectory.resolve(h).resolve(".spec-kitty").normalize());
    }
}
