package dev.speckitty.sync.fs.root;

import dev.speckitty.sync.core.root.CanonicalizePath;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** on-disk.md §1.5 on the real file system (the Java form of Python's non-strict {@code Path.resolve()}). */
final class FileCanonicalPaths implements CanonicalizePath {

    @Override
    public Path canonical(Path path) {
        Path lexical = path.toAbsolutePath().normalize();
        Path fsRoot = lexical.getRoot();
        int names = lexical.getNameCount();
        try {
            for (int existing = names; existing >= 0; existing--) {
                Path prefix = existing == 0 ? fsRoot : fsRoot.resolve(lexical.subpath(0, existing));
                try {
                    Path real = prefix.toRealPath();
                    return existing == names ? real : real.resolve(lexical.subpath(existing, names));
                } catch (NoSuchFileException missing) {
                    // Try the next shorter prefix; the missing part is appended unchanged.
                }
            }
            return lexical;
        } catch (IOException e) {
            return lexical;
        }
    }
}
