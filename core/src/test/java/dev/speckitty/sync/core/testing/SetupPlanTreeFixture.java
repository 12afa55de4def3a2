package dev.speckitty.sync.core.testing;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the setup-plan contract tests arrange and inspect a project tree: on disk for the real adapters, in memory
 * for the fakes. Arranging creates missing parent directories; inspecting never follows symbolic links.
 */
public interface SetupPlanTreeFixture {

    void directory(Path directory);

    void file(Path file, byte[] content);

    void symlink(Path link, Path target);

    /** The bytes of a regular file (not a symlink), if there is one at {@code path}. */
    Optional<byte[]> content(Path path);

    /** Whether anything (file, directory, symlink) is at {@code path}. */
    boolean exists(Path path);
}
