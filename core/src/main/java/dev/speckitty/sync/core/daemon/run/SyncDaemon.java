package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.boundary.SafeText;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.time.IsoTimestamps;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.control.ControlPlaneBindException;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.IdentityResolver;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.root.RootRefusal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The daemon process, {@code spec-kitty sync daemon run} (daemon.md §5): startup in the order of §5.1 (root marker,
 * token on stdin, bind, owner record, then serving, the self-retirement tick and the sync scheduler), and the
 * graceful stop of §5.3 on {@code /api/shutdown}, self-retirement or a termination signal.
 */
public final class SyncDaemon {

    /** How long the daemon waits for its token on stdin (daemon.md §15). */
    public static final Duration TOKEN_WAIT = Duration.ofSeconds(10);
    private static final Pattern TOKEN_SHAPE = Pattern.compile("[0-9a-f]{32}");

    /** Starts a named background thread; tests record the bodies instead and run them by hand. */
    @FunctionalInterface
    interface ThreadStarter {
        void start(String name, Runnable body);
    }

    /** How {@link #start} ended: refused with an exit code of §5.4, or a running daemon. */
    public sealed interface Startup {
    }

    public record Refused(int exitCode) implements Startup {
    }

    public record Started(RunningDaemon daemon) implements Startup {
        public Started {
            Objects.requireNonNull(daemon, "daemon");
        }
    }

    private final DaemonPorts ports;
    private final IdentityResolver identities;
    private final Path root;
    private final long pid;
    private final Installation installation;
    private final Environment environment;
    private final ThreadStarter threads;
    private final OperatorLog log;
    private final WarnOnce warnings;

    private final Object lifecycle = new Object();
    private boolean stopRequested;
    private RunningDaemon running;

    /**
     * @param identities  the one identity resolver, over the daemon's own environment
     * @param root        {@code <R>} resolved from the daemon's own environment (absolute, lexically normalised)
     * @param pid         this process's pid
     * @param installation what this program is (daemon.md §2), computed with the CLI's functions
     */
    public SyncDaemon(DaemonPorts ports, IdentityResolver identities, Path root, long pid, Installation installation,
                      Environment environment) {
        this(ports, identities, root, pid, installation, environment, SyncDaemon::startDaemonThread);
    }

    SyncDaemon(DaemonPorts ports, IdentityResolver identities, Path root, long pid, Installation installation,
               Environment environment, ThreadStarter threads) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.identities = Objects.requireNonNull(identities, "identities");
        this.root = Objects.requireNonNull(root, "root");
        this.pid = pid;
        this.installation = Objects.requireNonNull(installation, "installation");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.threads = Objects.requireNonNull(threads, "threads");
        this.log = ports.log();
        this.warnings = new WarnOnce(log);
    }

    private static void startDaemonThread(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts the daemon and blocks until it has stopped; returns the exit code of daemon.md §5.4. */
    public int run(DaemonArguments arguments) throws InterruptedException {
        Startup startup = start(arguments);
        if (startup instanceof Refused refused) {
            return refused.exitCode();
        }
        return ((Started) startup).daemon().awaitStopped();
    }

    /**
     * Steps 2–6 of daemon.md §5.1. A refusal has logged its one {@code [ERROR]} line. Unexpected exceptions
     * propagate (exit 70); when one happens after the bind, the socket is closed first.
     */
    public Startup start(DaemonArguments arguments) throws InterruptedException {
        RetirementSettings.Configured retirement = RetirementSettings.fromEnvironment(environment);
        retirement.warnings().forEach(log::warn);
        String scopeRoot = ports.canonicalPaths().canonical(root).toString();
        if (!arguments.rootMarker().equals(scopeRoot)) {
            log.error("daemon root marker " + SafeText.of(arguments.rootMarker()) + " does not match the resolved root "
                    + scopeRoot);
            return new Refused(DaemonExitCodes.INVALID_START);
        }
        Optional<RootRefusal> refusal = ports.rootSafety().inspect(root);
        if (refusal.isPresent()) {
            log.error(refusal.get().message());
            return new Refused(DaemonExitCodes.INVALID_START);
        }
        Optional<ControlToken> token = ports.controlToken().firstLine(TOKEN_WAIT)
                .filter(line -> TOKEN_SHAPE.matcher(line).matches())
                .map(ControlToken::new);
        if (token.isEmpty()) {
            log.error("no valid control token on stdin");
            return new Refused(DaemonExitCodes.INVALID_START);
        }
        synchronized (lifecycle) {
            if (stopRequested) { // a termination signal arrived while the token was awaited: nothing to undo
                return new Refused(DaemonExitCodes.STOPPED);
            }
            ControlPlaneSocket socket;
            try {
                socket = ports.controlPlane().bind(arguments.port());
            } catch (ControlPlaneBindException e) {
                log.error("cannot bind 127.0.0.1:" + arguments.port() + ": " + e.getMessage());
                return new Refused(DaemonExitCodes.BIND_FAILED);
            }
            try {
                OwnerRecord record = ownerRecord(arguments.port(), token.get());
                writeOwnerRecord(record);
                running = new RunningDaemon(ports, root, scopeRoot, record, socket, retirement.settings(),
                        newPass(record), threads);
                running.start();
            } catch (RuntimeException | Error unexpected) { // exit 70: leave no socket and no record of ours behind
                socket.close();
                removeOwnerRecordOf(arguments.port());
                running = null;
                throw unexpected;
            }
            log.info("sync daemon listening on 127.0.0.1:" + arguments.port() + " (pid " + pid + ", root "
                    + scopeRoot + ")");
            return new Started(running);
        }
    }

    /**
     * The graceful stop for a termination signal (daemon.md §5.2): stops the running daemon and returns once it has
     * stopped. Before the daemon runs there is nothing to stop; a start still under way is not begun.
     */
    public void stopOnSignal() {
        RunningDaemon current;
        synchronized (lifecycle) {
            stopRequested = true;
            current = running;
        }
        if (current != null) {
            current.stop("termination signal");
        }
    }

    /** §5.1 step 5: the identity of daemon.md §2, computed with the CLI's own functions, plus pid, port and token. */
    private OwnerRecord ownerRecord(int port, ControlToken token) {
        ResolvedIdentity resolved = identities.resolve(root);
        resolved.warnings().forEach(warnings::warn);
        ForegroundIdentity identity = ForegroundIdentity.of(installation, resolved);
        log.info("sync daemon identity: auth_scope=" + Optional.ofNullable(identity.authScope()).orElse("<unset>")
                + " queue_db_path=" + identity.queueDbPath());
        return new OwnerRecord(identity.authPrincipal(), identity.authScope(), identity.authTeam(),
                identity.executablePath(), identity.packageVersion(), pid, port, identity.queueDbPath(),
                identity.serverUrl(), identity.sourceCheckoutPath(), IsoTimestamps.seconds(ports.clock().now()),
                token);
    }

    /** An I/O failure is only a warning: the daemon runs on with its in-memory record (§5.1 step 5). */
    private void writeOwnerRecord(OwnerRecord record) {
        try {
            ports.ownerRecords().write(root, record);
        } catch (LockUnavailableException | RuntimeException e) {
            log.warn("Failed to write daemon owner record: " + e.getMessage());
        }
    }

    private void removeOwnerRecordOf(int port) {
        try {
            ports.ownerRecords().removeIfNames(root, pid, port);
        } catch (LockUnavailableException | RuntimeException e) {
            log.warn("could not remove the owner record: " + e.getMessage());
        }
    }

    private SyncPass newPass(OwnerRecord record) {
        return new SyncPass(root, identities, ports.queueLocator(), ports.queues(), ports.uplink(), record, warnings,
                log);
    }
}
