package dev.speckitty.sync.cli.daemon;

import dev.speckitty.sync.cli.install.InstallationLocator;
import dev.speckitty.sync.cli.output.DaemonLog;
import dev.speckitty.sync.cli.output.Output;
import dev.speckitty.sync.core.daemon.run.DaemonArguments;
import dev.speckitty.sync.core.daemon.run.DaemonExitCodes;
import dev.speckitty.sync.core.daemon.run.SyncDaemon;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.root.RootResolver;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs the hidden {@code sync daemon run} (daemon.md §5): the daemon's timestamped log on stderr, {@code <R>} and the
 * installation resolved with the CLI's own functions, the daemon's object graph, and the termination hook of §5.2,
 * which performs the graceful stop and ends the JVM with status 0. The exit codes are those of §5.4.
 */
public final class DaemonRunner {

    private final InstallationLocator installations;
    private final InputStream stdin;
    private final ProcessHooks hooks;
    private final long pid;
    private final Supplier<Instant> now;
    private final Function<DaemonContext, SyncDaemon> daemons;

    /** The real daemon process: this JVM's pid and wall clock, the real adapters. */
    public DaemonRunner(InstallationLocator installations, InputStream stdin, ProcessHooks hooks) {
        this(installations, stdin, hooks, ProcessHandle.current().pid(), Instant::now, DaemonComponent::create);
    }

    DaemonRunner(InstallationLocator installations, InputStream stdin, ProcessHooks hooks, long pid,
                 Supplier<Instant> now, Function<DaemonContext, SyncDaemon> daemons) {
        this.installations = installations;
        this.stdin = stdin;
        this.hooks = hooks;
        this.pid = pid;
        this.now = now;
        this.daemons = daemons;
    }

    public int run(DaemonArguments arguments, Environment environment, Path workingDirectory, Output output,
                   boolean debug) {
        DaemonLog log = new DaemonLog(output, now, debug);
        Termination termination = new Termination();
        hooks.onShutdown(termination::run);
        try {
            Optional<Path> root = RootResolver.resolve(environment, workingDirectory);
            if (root.isEmpty()) {
                log.error(RootResolver.UNRESOLVED_MESSAGE);
                return DaemonExitCodes.INVALID_START;
            }
            Installation installation = installations.locate(environment);
            SyncDaemon daemon = daemons.apply(new DaemonContext(environment, root.get(), log, installation, pid, stdin));
            termination.daemon = daemon;
            return daemon.run(arguments);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.error("unexpected error: interrupted while running");
            return DaemonExitCodes.UNEXPECTED_ERROR;
        } catch (RuntimeException unexpected) { // daemon.md §5.4: exit 70 with one line in the log
            log.error("unexpected error: " + unexpected.getClass().getSimpleName() + ": " + unexpected.getMessage());
            return DaemonExitCodes.UNEXPECTED_ERROR;
        } finally {
            termination.exitingNormally = true;
        }
    }

    /**
     * The JVM shutdown hook. When {@code run} has already returned, the JVM is exiting with run's exit code and the
     * hook does nothing; otherwise a signal ended the JVM: stop gracefully, then {@code halt(0)} so the exit status
     * after SIGTERM is 0 rather than 143.
     */
    private final class Termination {
        volatile boolean exitingNormally;
        volatile SyncDaemon daemon;

        void run() {
            if (exitingNormally) {
                return;
            }
            try {
                SyncDaemon running = daemon;
                if (running != null) {
                    running.stopOnSignal();
                }
            } finally {
                hooks.halt(DaemonExitCodes.STOPPED);
            }
        }
    }
}
