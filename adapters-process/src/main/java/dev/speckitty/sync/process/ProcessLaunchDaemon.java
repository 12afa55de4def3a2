package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.DaemonLaunch;
import dev.speckitty.sync.core.daemon.DaemonLaunchException;
import dev.speckitty.sync.core.daemon.LaunchDaemon;
import dev.speckitty.sync.core.daemon.LaunchedDaemon;
import dev.speckitty.sync.core.daemon.SpawnShape;
import dev.speckitty.sync.core.env.Environment;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Spawns {@code [setsid] <java> <program> sync daemon run --port <p> --spec-kitty-daemon-root=<root>
 * --spec-kitty-daemon-exec=<exec>} (daemon.md §4), where {@code <program>} is {@code -jar <jar>} or
 * {@code -cp <classpath> <main>}. The child gets a copy of the spawner's {@link Environment} (never this JVM's own
 * environment) plus {@code SPEC_KITTY_CLI_VERSION} and {@code SPEC_KITTY_HOME}, runs in {@code <R>}, reads the token
 * from its stdin pipe, and appends stdout and stderr to {@code <R>/sync-daemon.log}, created 0600 beforehand.
 */
final class ProcessLaunchDaemon implements LaunchDaemon {
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final String SETSID = "setsid";

    private final Path javaLauncher;
    private final List<String> program;

    /**
     * @param javaLauncher the JVM launcher to run
     * @param program      what follows it before the command words: {@code -jar <jar>} or {@code -cp <cp> <main>}
     */
    ProcessLaunchDaemon(Path javaLauncher, List<String> program) {
        this.javaLauncher = javaLauncher;
        this.program = List.copyOf(program);
    }

    @Override
    public LaunchedDaemon launch(DaemonLaunch launch) throws DaemonLaunchException {
        Path log = prepareLog(launch);
        ProcessBuilder builder = new ProcessBuilder(argv(launch))
                .directory(launch.root().toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> environment = builder.environment();
        environment.clear();
        environment.putAll(launch.environment().variables());
        environment.put(Environment.CLI_VERSION, launch.packageVersion());
        environment.put(Environment.SPEC_KITTY_HOME, launch.root().toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new DaemonLaunchException("cannot run " + javaLauncher + ": " + describe(e), e);
        }
        handOver(process, launch);
        return new Child(process);
    }

    /** The argv of daemon.md §4.1; it never holds the token. */
    List<String> argv(DaemonLaunch launch) {
        List<String> argv = new ArrayList<>();
        setsid(launch.environment()).ifPresent(setsid -> argv.add(setsid.toString()));
        argv.add(javaLauncher.toString());
        argv.addAll(program);
        argv.addAll(List.of("sync", "daemon", "run", "--port", String.valueOf(launch.port().value()),
                SpawnShape.ROOT_MARKER_PREFIX + launch.daemonScopeRoot(),
                SpawnShape.EXEC_MARKER_PREFIX + launch.executablePath()));
        return argv;
    }

    /** The token on stdin, then EOF: the only hand-off. A child that already died is reported by its exit code. */
    private static void handOver(Process process, DaemonLaunch launch) {
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write((launch.token().value() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException childGone) {
            // a broken pipe means the child exited early; the health wait sees its exit code
        }
    }

    /** {@code setsid} from the spawner's PATH (POSIX only), so the daemon leaves the spawner's session. */
    static Optional<Path> setsid(Environment environment) {
        Optional<String> path = environment.get("PATH");
        if (path.isEmpty() || File.separatorChar != '/') {
            return Optional.empty();
        }
        for (String directory : path.get().split(File.pathSeparator)) {
            if (directory.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(directory, SETSID);
            if (candidate.isAbsolute() && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * {@code <R>/sync-daemon.log} exists as a regular file of this user, mode 0600 when created here (on-disk.md §4.2,
     * §8.3), before the child opens it for append. A symbolic link there is refused (clarifications #30).
     */
    private static Path prepareLog(DaemonLaunch launch) throws DaemonLaunchException {
        Path root = launch.root();
        Path log = launch.logFile();
        try {
            if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(root, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
                Files.setPosixFilePermissions(root, OWNER_ONLY_DIRECTORY);
            }
            try {
                Files.createFile(log, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
                Files.setPosixFilePermissions(log, OWNER_ONLY_FILE); // the umask may have masked the attribute
            } catch (FileAlreadyExistsException exists) {
                BasicFileAttributes attributes = Files.readAttributes(log, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (!attributes.isRegularFile()) {
                    throw new DaemonLaunchException("refusing to use " + log + ": "
                            + (attributes.isSymbolicLink() ? "it is a symbolic link" : "it is not a regular file"), null);
                }
            }
        } catch (IOException e) {
            throw new DaemonLaunchException("cannot create " + log + ": " + describe(e), e);
        }
        return log;
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }

    /** The spawned child, seen through its own {@link Process} handle (reaped by the JDK). */
    private static final class Child implements LaunchedDaemon {
        private final Process process;

        Child(Process process) {
            this.process = process;
        }

        @Override
        public long pid() {
            return process.pid();
        }

        @Override
        public OptionalInt exitCode() {
            return process.isAlive() ? OptionalInt.empty() : OptionalInt.of(process.exitValue());
        }

        @Override
        public void terminate() {
            process.destroy();
        }

        @Override
        public void kill() {
            process.destroyForcibly();
        }
    }
}
