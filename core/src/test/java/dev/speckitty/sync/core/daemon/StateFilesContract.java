package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link StateFiles} does; subclassed for the in-memory fake and for the file adapter. */
public abstract class StateFilesContract {
    private static final ControlToken TOKEN = new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877");

    protected abstract StateFiles files();

    /** An existing root. */
    protected abstract Path root() throws Exception;

    /** Puts this text as the state file. */
    protected abstract void plantText(Path root, String text) throws Exception;

    /** The time a write now would record as modification time, within a few seconds. */
    protected abstract Instant now();

    @Test
    void noFileReadsAsAbsent() throws Exception {
        assertInstanceOf(StateFileReading.Absent.class, files().read(root()));
    }

    @Test
    void aWrittenStateReadsBackWithItsModificationTime() throws Exception {
        StateFile state = StateFile.of(new SyncPort(9411), TOKEN, 4242);
        files().write(root(), state);
        StateFileReading.Valid valid = assertInstanceOf(StateFileReading.Valid.class, files().read(root()));
        assertEquals(state, valid.state());
        assertTrue(Duration.between(valid.modifiedAt(), now()).abs().compareTo(Duration.ofSeconds(5)) < 0);
    }

    @Test
    void aWriteReplacesThePreviousState() throws Exception {
        files().write(root(), StateFile.of(new SyncPort(9411), TOKEN, 4242));
        StateFile next = StateFile.of(new SyncPort(9412), TOKEN, 4343);
        files().write(root(), next);
        assertEquals(next, assertInstanceOf(StateFileReading.Valid.class, files().read(root())).state());
    }

    @Test
    void referenceShapesAreRead() throws Exception {
        plantText(root(), "http://localhost:9401\n9401\n777\n");
        StateFile state = assertInstanceOf(StateFileReading.Valid.class, files().read(root())).state();
        assertEquals(new SyncPort(9401), state.port());
        assertEquals(Optional.empty(), state.token());
        assertEquals(OptionalLong.of(777), state.pid());
    }

    @Test
    void aBrokenFileIsInvalid() throws Exception {
        plantText(root(), "http://127.0.0.1:8080\n8080\n" + TOKEN.value() + "\n1\n");
        assertInstanceOf(StateFileReading.Invalid.class, files().read(root()));
    }

    @Test
    void deleteRemovesTheFileOnce() throws Exception {
        files().write(root(), StateFile.of(new SyncPort(9411), TOKEN, 4242));
        assertTrue(files().delete(root()));
        assertInstanceOf(StateFileReading.Absent.class, files().read(root()));
        assertFalse(files().delete(root()));
    }
}
