package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;

/** The Lamport clock {@code <R>/clock.json} (on-disk.md §9). */
public interface LamportClock {

    /**
     * Under {@code clock.lock}: reads the clock (absent or unparseable → value 0), adds 1, writes it back by
     * atomic replacement and returns the new value with the file's {@code node_id}.
     *
     * @throws LockUnavailableException when {@code clock.lock} is not acquired within its 10 s budget
     * @throws java.io.UncheckedIOException when {@code clock.json} cannot be read or written
     */
    ClockTick tick(Path root) throws LockUnavailableException;
}
