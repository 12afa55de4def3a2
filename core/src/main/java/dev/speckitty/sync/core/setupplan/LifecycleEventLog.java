package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;
import java.util.List;

/** The local lifecycle log {@code <M>/status.events.jsonl} (on-disk.md §10.2). */
public interface LifecycleEventLog {

    /**
     * Under an exclusive lock on the file itself (a FileChannel lock plus an in-process mutex): reads the existing
     * lines (unparseable ones are kept and ignored), appends the candidates {@link LifecycleLog#missing} selects,
     * each as one {@code \n}-terminated line, after a {@code \n} if the file does not end with one. Creates the
     * file only when something is appended; existing bytes are never rewritten.
     *
     * @throws ProjectFileException when the file cannot be read, locked or written
     */
    LifecycleAppend appendMissing(Path eventsFile, List<LifecycleEvent> candidates) throws ProjectFileException;
}
