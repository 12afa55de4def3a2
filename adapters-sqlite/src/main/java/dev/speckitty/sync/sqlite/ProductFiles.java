package dev.speckitty.sync.sqlite;

import dev.speckitty.sync.core.queue.QueueStoreException;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates the scoped DB file and its directories with explicit modes before SQLite opens it (on-disk.md
 * §4.1–§4.2: SQLite would create 0644 under the umask), and refuses symbolic links (clarifications #30).
 */
final class ProductFiles {

    private static final Set<PosixFilePermission> DIRECTORY_MODE = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");

    private ProductFiles() {
    }

    /** Refuses a symbolic link where a DB file should be. */
    static void refuseSymlink(Path file) throws QueueStoreException {
        if (Files.isSymbolicLink(file)) {
            throw new QueueStoreException(file + " is a symbolic link; refusing to open it");
        }
    }

    static boolean exists(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** Makes sure {@code file} exists: missing parents 0700, a missing file 0600; existing ones keep their modes. */
    static void createScopedFile(Path file) throws QueueStoreException {
        refuseSymlink(file);
        try {
            createDirectories(file.toAbsolutePath().getParent());
            if (!exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
                    Files.setPosixFilePermissions(file, FILE_MODE);
                } catch (FileAlreadyExistsException concurrentlyCreated) {
                    refuseSymlink(file);
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            throw new QueueStoreException(file + " could not be created: " + e.getMessage(), e);
        }
    }

    private static void createDirectories(Path directory) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path d = directory; d != null && !Files.isDirectory(d); d = d.getParent()) {
            missing.push(d);
        }
        while (!missing.isEmpty()) {
            Path d = missing.pop();
            try {
                Files.createDirectory(d, PosixFilePermissions.asFileAttribute(DIRECTORY_MODE));
                Files.setPosixFilePermissions(d, DIRECTORY_MODE);
            } catch (FileAlreadyExistsException concurrentlyCreated) {
                if (!Files.isDirectory(d)) {
                    throw concurrentlyCreated;
                }
            }
        }
    }
}
