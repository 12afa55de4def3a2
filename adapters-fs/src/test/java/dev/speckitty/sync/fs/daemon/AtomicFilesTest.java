package dev.speckitty.sync.fs.daemon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path directory;

    @Test
    void replacesTheTargetWithMode0600() throws Exception {
        Path target = Files.writeString(directory.resolve("clock.json"), "old");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        AtomicFiles.replace(target, "new".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals("new".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(target));
        assertEquals("rw-------", FileModes.mode(target));
        assertEquals(List.of(), FileModes.temporaryFiles(directory));
    }

    @Test
    void aFailedRenameRemovesTheTemporaryFileAndKeepsTheTarget() throws Exception {
        Path target = Files.createDirectories(directory.resolve("target/occupied")).getParent();
        assertThrows(IOException.class, () -> AtomicFiles.replace(target, "x".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), FileModes.temporaryFiles(directory));
        assertEquals(true, Files.isDirectory(target.resolve("occupied")));
    }

    @Test
    void aMissingDirectoryFailsWithoutLeavingAnything() {
        Path target = directory.resolve("missing/sync-daemon");
        assertThrows(IOException.class, () -> AtomicFiles.replace(target, "x".getBytes(StandardCharsets.UTF_8)));
    }
}
