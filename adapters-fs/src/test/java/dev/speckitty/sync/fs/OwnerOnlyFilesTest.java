package dev.speckitty.sync.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {
    @TempDir
    Path base;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void missingDirectoriesAndParentsAreCreated0700() throws Exception {
        OwnerOnlyFiles.createDirectories(base.resolve("a/b/c"));
        assertEquals("rwx------", mode(base.resolve("a")));
        assertEquals("rwx------", mode(base.resolve("a/b")));
        assertEquals("rwx------", mode(base.resolve("a/b/c")));
    }

    @Test
    void existingDirectoriesKeepTheirMode() throws Exception {
        Path existing = Files.createDirectory(base.resolve("a"));
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rwxrwxr-x"));
        OwnerOnlyFiles.createDirectories(existing.resolve("b"));
        assertEquals("rwxrwxr-x", mode(existing));
        assertEquals("rwx------", mode(existing.resolve("b")));
    }

    @Test
    void aFileInTheWayIsAnError() throws Exception {
        Files.createFile(base.resolve("a"));
        assertThrows(FileAlreadyExistsException.class, () -> OwnerOnlyFiles.createDirectories(base.resolve("a")));
    }

    @Test
    void filesAreCreated0600WithTheirParents() throws Exception {
        Path file = base.resolve("root/sync/daemon/owner.json");
        assertTrue(OwnerOnlyFiles.createFileIfAbsent(file));
        assertEquals("rw-------", mode(file));
        assertEquals("rwx------", mode(base.resolve("root/sync")));
        assertFalse(OwnerOnlyFiles.createFileIfAbsent(file), "a second call finds it");
    }

    @Test
    void anExistingFileKeepsItsMode() throws Exception {
        Path file = Files.createFile(base.resolve("f"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertFalse(OwnerOnlyFiles.createFileIfAbsent(file));
        assertEquals("rw-r--r--", mode(file));
    }

    @Test
    void createFileRefusesAnythingAlreadyThereIncludingALink() throws Exception {
        Path target = base.resolve("target");
        Path link = Files.createSymbolicLink(base.resolve("link"), target);
        assertThrows(FileAlreadyExistsException.class, () -> OwnerOnlyFiles.createFile(link));
        assertFalse(Files.exists(target), "nothing is created through the link");
    }

    @Test
    void permissionBitsAreTheOctalMode() {
        assertEquals(0644, OwnerOnlyFiles.permissionBits(PosixFilePermissions.fromString("rw-r--r--")));
        assertEquals(0751, OwnerOnlyFiles.permissionBits(PosixFilePermissions.fromString("rwxr-x--x")));
        assertEquals(0, OwnerOnlyFiles.permissionBits(PosixFilePermissions.fromString("---------")));
    }
}
