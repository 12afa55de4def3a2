package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.ProcessTable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Process facts from {@code /proc} (daemon.md §11.4). {@code ProcessHandle.isAlive()} reports a zombie as alive,
 * so liveness comes from the state field of {@code /proc/<pid>/stat}; the start instant comes from
 * {@code ProcessHandle.Info}. Where there is no {@code /proc} (POSIX systems other than Linux) every fact comes
 * from {@code ProcessHandle} (daemon.md §11.1).
 */
final class ProcFsProcessTable implements ProcessTable {
    private final Path procRoot;

    ProcFsProcessTable(Path procRoot) {
        this.procRoot = procRoot;
    }

    @Override
    public ProcessFacts facts(long pid) {
        if (pid <= 0) {
            throw new IllegalArgumentException("pid must be > 0, was " + pid);
        }
        if (!Files.isDirectory(procRoot.resolve("self"))) {
            return fromProcessHandle(pid);
        }
        Path dir = procRoot.resolve(Long.toString(pid));
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return ProcessFacts.noSuchProcess(pid);
        }
        ProcessState state;
        try {
            state = stateOf(readProcText(dir.resolve("stat")));
        } catch (NoSuchFileException exited) {
            return ProcessFacts.noSuchProcess(pid);
        } catch (IOException | RuntimeException unreadable) {
            state = ProcessState.EXISTS_STATE_UNKNOWN;
        }
        return new ProcessFacts(pid, state, argv(dir), startInstant(pid), executable(dir));
    }

    /**
     * Reads a /proc file with large reads from offset 0. {@code Files.readAllBytes} first reads a single byte
     * (the files report size 0), and some /proc files answer any later read at a non-zero offset with EOF.
     */
    static byte[] readProc(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readAllBytes();
        }
    }

    static String readProcText(Path file) throws IOException {
        return new String(readProc(file), StandardCharsets.UTF_8);
    }

    /** The state is the first field after the last {@code )}: the command name may itself contain {@code )}. */
    static ProcessState stateOf(String stat) {
        int close = stat.lastIndexOf(')');
        String rest = close < 0 ? "" : stat.substring(close + 1).strip();
        if (rest.isEmpty()) {
            return ProcessState.EXISTS_STATE_UNKNOWN;
        }
        return rest.charAt(0) == 'Z' ? ProcessState.ZOMBIE : ProcessState.ALIVE;
    }

    /** NUL-separated elements; a trailing NUL ends the last element. */
    static List<String> splitCmdline(byte[] cmdline) {
        List<String> argv = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                argv.add(new String(cmdline, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            argv.add(new String(cmdline, start, cmdline.length - start, StandardCharsets.UTF_8));
        }
        return argv;
    }

    private static Optional<List<String>> argv(Path dir) {
        try {
            return Optional.of(splitCmdline(readProc(dir.resolve("cmdline"))));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<Path> executable(Path dir) {
        try {
            return Optional.of(Files.readSymbolicLink(dir.resolve("exe")));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty(); // another user's process, a kernel thread, or gone
        }
    }

    private static Optional<Instant> startInstant(long pid) {
        return ProcessHandle.of(pid).flatMap(handle -> handle.info().startInstant());
    }

    private static ProcessFacts fromProcessHandle(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return ProcessFacts.noSuchProcess(pid);
        }
        ProcessHandle.Info info = handle.get().info();
        Optional<List<String>> argv = info.command().map(command -> {
            List<String> elements = new ArrayList<>();
            elements.add(command);
            info.arguments().ifPresent(arguments -> elements.addAll(List.of(arguments)));
            return elements;
        });
        return new ProcessFacts(pid, ProcessState.ALIVE, argv, info.startInstant(), info.command().map(Path::of));
    }
}
