package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.env.Environment;
import java.nio.file.Path;
import java.util.Map;

/**
 * The single place tests build spec-kitty roots and environments. Every test root lives under a JUnit
 * {@code @TempDir}; nothing here ever names the operator's real home. (Source-scan rule, contract README §6:
 * no other test class may reference the user-home property or the default root directory name.)
 */
public final class TempRoots {
    /** Name of the default root directory under HOME (on-disk.md §2.1). */
    public static final String DEFAULT_ROOT_DIRECTORY = ".spec-kitty";

    private TempRoots() {
    }

    /** {@code <tempHome>/.spec-kitty}: the root a HOME-only environment resolves to. */
    public static Path defaultRootUnder(Path tempHome) {
        return tempHome.resolve(DEFAULT_ROOT_DIRECTORY);
    }

    /** An environment whose root is {@code root} (SPEC_KITTY_HOME) and whose HOME is {@code home}. */
    public static Environment environment(Path home, Path root) {
        return Environment.of(Map.of(Environment.HOME, home.toString(), Environment.SPEC_KITTY_HOME, root.toString()));
    }

    /** An environment with only HOME set, so the root is {@code <home>/.spec-kitty}. */
    public static Environment homeOnly(Path home) {
        return Environment.of(Map.of(Environment.HOME, home.toString()));
    }
}
