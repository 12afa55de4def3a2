package dev.speckitty.sync.fs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.StateFilesContract;
import dev.speckitty.sync.core.daemon.SyncPort;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileStoreTest extends StateFilesContract {
    private static final StateFile STATE = StateFile.of(new SyncPort(9411), new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877"), 4242);

    @TempDir
    Path root;
    private final StateFiles files = DaemonFiles.stateFiles();

    @Override
    protected StateFiles files() {
        return files;
    }

    @Override
    protected Path root() {
        return root;
    }

    @Override
    protected void plantText(Path root, String text) throws Exception {
        Files.writeString(StateFiles.stateFilePath(root), text);
    }

    @Override
    protected Instant now() {
        return Instant.now();
    }

    @Test
    void theModificationTimeIsTheFiles() throws Exception {
        files.write(root, STATE);
        Instant past = Instant.parse("2026-05-17T16:42:00Z");
        Files.setLastModifiedTime(StateFiles.stateFilePath(root), FileTime.from(past));
        assertEquals(past, assertInstanceOf(StateFileReading.Valid.class, files.read(root)).modifiedAt());
    }

    @Test
    void writesAre0600WithoutTemporaryFilesAndCreateAMissingRoot() throws Exception {
        Path missing = root.resolve("new-root");
        files.write(missing, STATE);
        assertEquals("rw-------", FileModes.mode(StateFiles.stateFilePath(missing)));
        assertEquals("rwx------", FileModes.mode(missing));
        assertEquals(List.of(), FileModes.temporaryFiles(missing));
        assertEquals(STATE.render(), Files.readString(StateFiles.stateFilePath(missing)));
    }

    @Test
    void unreadableOrOddFilesAreInvalid() throws Exception {
        Path file = StateFiles.stateFilePath(root);
        Files.write(file, new byte[] {'h', 't', (byte) 0xFF});
        assertEquals(new StateFileReading.Invalid("invalid UTF-8 at byte offset 2"), files.read(root));
        Files.writeString(file, STATE.render() + " ".repeat(StateFileStore.MAX_BYTES));
        assertEquals(new StateFileReading.Invalid("unreadable: file larger than 4096 bytes"), files.read(root));
        Files.delete(file);
        Files.createSymbolicLink(file, Files.writeString(root.resolve("elsewhere"), STATE.render(), StandardCharsets.US_ASCII));
        assertEquals(new StateFileReading.Invalid("unreadable: refusing to follow a symbolic link"), files.read(root));
    }
}
