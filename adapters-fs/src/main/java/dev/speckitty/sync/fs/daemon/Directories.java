package dev.speckitty.sync.fs.daemon;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** Directories under the root, created 0700 when missing; existing ones keep their mode (on-disk.md §4.1). */
final class Directories {
    static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private Directories() {
    }

    /** Makes {@code root} and then each child below it exist as directories; a child must not be a symbolic link. */
    static Path ensure(Path root, String... children) throws IOException {
        ensureRoot(root);
        Path directory = root;
        for (String child : children) {
            directory = directory.resolve(child);
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                create(directory);
            }
        }
        return directory;
    }

    private static void ensureRoot(Path root) throws IOException {
        if (Files.isDirectory(root)) {
            return;
        }
        Path parent = root.toAbsolutePath().getParent();
        if (parent != null) {
            ensureRoot(parent);
        }
        create(root);
    }

    private static void create(Path directory) throws IOException {
        try {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        } catch (FileAlreadyExistsException raced) {
            if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                return; // created meanwhile by someone else: its mode is not ours to change
            }
            throw new IOException(directory + " exists and is not a directory (symbolic links are refused)");
        }
        Files.setPosixFilePermissions(directory, OWNER_ONLY_DIRECTORY); // the umask may have masked the attribute
    }
}
