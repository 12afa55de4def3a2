package dev.speckitty.sync.fs.daemon;

import dev.speckitty.sync.core.daemon.CheckExecutable;
import dev.speckitty.sync.core.daemon.ExecutableStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Checks an executable by reading its attributes (daemon.md §10): not-found is missing, any other error fails
 * closed as unverifiable. {@code Files.exists} is not used: it reports "cannot be determined" as missing.
 */
final class AttributeCheckExecutable implements CheckExecutable {

    @Override
    public ExecutableStatus check(String path) {
        try {
            Files.readAttributes(Path.of(path), BasicFileAttributes.class);
            return ExecutableStatus.PRESENT;
        } catch (NoSuchFileException missing) {
            return ExecutableStatus.MISSING;
        } catch (IOException | InvalidPathException | SecurityException uncheckable) {
            return ExecutableStatus.UNVERIFIABLE;
        }
    }
}
