package dev.speckitty.sync.core.daemon;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the process table says about one pid at one moment (daemon.md §11.4). Each fact may be unknown:
 * {@code argv} is empty when it cannot be read (a known but empty argv is an empty list), {@code startInstant}
 * has jiffy resolution, {@code executable} is the target of {@code /proc/<pid>/exe} (readable for this user's
 * processes only).
 */
public record ProcessFacts(
        long pid,
        ProcessState state,
        Optional<List<String>> argv,
        Optional<Instant> startInstant,
        Optional<Path> executable) {

    public ProcessFacts {
        Objects.requireNonNull(state, "state");
        argv = Objects.requireNonNull(argv, "argv").map(List::copyOf);
        Objects.requireNonNull(startInstant, "startInstant");
        Objects.requireNonNull(executable, "executable");
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be > 0, was " + pid);
        }
    }

    /** The facts of a pid no process has. */
    public static ProcessFacts noSuchProcess(long pid) {
        return new ProcessFacts(pid, ProcessState.NO_SUCH_PROCESS, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
