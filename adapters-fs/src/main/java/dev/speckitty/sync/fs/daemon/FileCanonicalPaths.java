package dev.speckitty.sync.fs.daemon;

import dev.speckitty.sync.core.daemon.CanonicalPaths;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The canonical path of on-disk.md §1.5, the Java form of the reference's non-strict {@code Path.resolve()}:
 * absolute, lexically normalised, then the longest existing prefix resolved through {@code toRealPath} with the
 * missing remainder appended; any other I/O error gives the lexically normalised absolute path.
 */
final class FileCanonicalPaths implements CanonicalPaths {

    @Override
    public String canonical(String path) {
        Path lexical;
        try {
            lexical = Path.of(path).toAbsolutePath().normalize();
        } catch (InvalidPathException notAPath) {
            return path;
        }
        return canonical(lexical).toString();
    }

    static Path canonical(Path lexical) {
        Path existing = lexical;
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                return existing.equals(lexical) ? real : real.resolve(existing.relativize(lexical));
            } catch (NoSuchFileException missing) {
                existing = existing.getParent();
            } catch (IOException | SecurityException unresolvable) {
                return lexical;
            }
        }
        return lexical;
    }
}
