package dev.speckitty.sync.fs.daemon;

import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileParser;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;

/** The state file {@code <R>/sync-daemon} on disk (on-disk.md §8.1). */
final class StateFileStore implements StateFiles {
    /** A valid state file has four short lines; anything much larger is not one. */
    static final int MAX_BYTES = 4096;

    @Override
    public StateFileReading read(Path root) {
        Path file = StateFiles.stateFilePath(root);
        byte[] bytes;
        Instant modifiedAt;
        try {
            bytes = BoundedReads.read(file, MAX_BYTES);
            modifiedAt = Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant();
        } catch (NoSuchFileException absent) {
            return new StateFileReading.Absent();
        } catch (IOException | RuntimeException unreadable) {
            return new StateFileReading.Invalid("unreadable: " + OwnerRecordFile.describe(file, unreadable));
        }
        return decode(bytes, modifiedAt);
    }

    /** The reading of these file bytes; never throws. */
    static StateFileReading decode(byte[] bytes, Instant modifiedAt) {
        String text;
        try {
            text = BoundedReads.utf8(bytes);
        } catch (BoundedReads.NotUtf8Exception notUtf8) {
            return new StateFileReading.Invalid(notUtf8.getMessage());
        }
        StateFileParser.Result result = StateFileParser.parse(text);
        if (result instanceof StateFileParser.Parsed parsed) {
            return new StateFileReading.Valid(parsed.state(), modifiedAt);
        }
        return new StateFileReading.Invalid(((StateFileParser.Rejected) result).reason());
    }

    @Override
    public void write(Path root, StateFile state) {
        Path file = StateFiles.stateFilePath(root);
        try {
            Directories.ensure(root);
            AtomicFiles.replace(file, state.render().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file + ": " + OwnerRecordFile.describe(file, e), e);
        }
    }

    @Override
    public boolean delete(Path root) {
        Path file = StateFiles.stateFilePath(root);
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file + ": " + OwnerRecordFile.describe(file, e), e);
        }
    }
}
