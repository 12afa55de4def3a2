package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileParser;
import dev.speckitty.sync.core.daemon.StateFileReading;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.port.Clock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * State files kept in memory per root as text, parsed on read with the real parser; the modification time is
 * the clock's time of the last write.
 */
public final class InMemoryStateFiles implements StateFiles {
    private record Stored(String text, Instant modifiedAt) {
    }

    private final Clock clock;
    private final Map<Path, Stored> files = new HashMap<>();

    public InMemoryStateFiles(Clock clock) {
        this.clock = clock;
    }

    /** Puts arbitrary text, e.g. a reference-shaped or broken file. */
    public synchronized void plantText(Path root, String text) {
        files.put(root, new Stored(text, clock.now()));
    }

    public synchronized boolean exists(Path root) {
        return files.containsKey(root);
    }

    @Override
    public synchronized StateFileReading read(Path root) {
        Stored stored = files.get(root);
        if (stored == null) {
            return new StateFileReading.Absent();
        }
        StateFileParser.Result result = StateFileParser.parse(stored.text());
        if (result instanceof StateFileParser.Parsed parsed) {
            return new StateFileReading.Valid(parsed.state(), stored.modifiedAt());
        }
        return new StateFileReading.Invalid(((StateFileParser.Rejected) result).reason());
    }

    @Override
    public synchronized void write(Path root, StateFile state) {
        files.put(root, new Stored(state.render(), clock.now()));
    }

    @Override
    public synchronized boolean delete(Path root) {
        return files.remove(root) != null;
    }
}
