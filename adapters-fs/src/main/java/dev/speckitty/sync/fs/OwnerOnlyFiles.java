package dev.speckitty.sync.fs;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates product directories (0700) and files (0600) under the root with exactly those modes, whatever the
 * umask (on-disk.md §4.1–§4.2): each entry is created by this class and then chmod-ed explicitly, without
 * following symbolic links. Existing entries are never re-moded. Create a file here before SQLite or
 * {@code ProcessBuilder} opens it, so they never choose its mode.
 */
public final class OwnerOnlyFiles {

    public static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code directory} and every missing parent with mode 0700; existing directories (or links to them)
     * are left as they are.
     *
     * @throws FileAlreadyExistsException when the path exists but is not a directory
     */
    public static void createDirectories(Path directory) throws IOException {
        Path absolute = directory.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            try {
                Files.createDirectory(next, PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS));
                setPermissions(next, DIRECTORY_PERMISSIONS);
            } catch (FileAlreadyExistsException raced) {
                // Another process created it meanwhile: it is not ours to re-mode.
            }
        }
        if (!Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute.toString(), null, "exists and is not a directory");
        }
    }

    /**
     * Creates a new empty file with mode 0600; fails if anything (a file, a directory, a symbolic link) is
     * already there. The parent must exist. Use it for temporary files of an atomic replace (§4.3).
     *
     * @throws FileAlreadyExistsException when the path exists
     */
    public static void createFile(Path file) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS));
        setPermissions(file, FILE_PERMISSIONS);
    }

    /**
     * Creates the parent directories (0700) and the file (0600) unless the file already exists.
     *
     * @return true when this call created the file, false when something already existed at the path
     *         (possibly a symbolic link: open the file with {@link LinkOption#NOFOLLOW_LINKS} to refuse it)
     */
    public static boolean createFileIfAbsent(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        createDirectories(absolute.getParent());
        try {
            createFile(absolute);
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        }
    }

    /** The nine permission bits as a number, e.g. {@code 0644} for rw-r--r--. */
    public static int permissionBits(Set<PosixFilePermission> permissions) {
        int bits = 0;
        for (PosixFilePermission permission : permissions) {
            bits |= 0400 >> permission.ordinal();
        }
        return bits;
    }

    private static void setPermissions(Path path, Set<PosixFilePermission> permissions) throws IOException {
        // Without following links: a link swapped in after creation must not move the chmod elsewhere.
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setPermissions(permissions);
    }
}
