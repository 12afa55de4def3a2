package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SpawnShape;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** Listener facts for the cleanup tests: the listener kinds of cleanup.md §12, built as plain values. */
final class Listeners {

    /** The foreground's daemon scope root. Only a string here: nothing is created on disk. */
    static final String ROOT = "/srv/sk-home";
    static final String OTHER_ROOT = "/srv/other-home";
    static final long PID = 5001L;
    static final String JAVA = "/usr/lib/jvm/java-17/bin/java";
    static final String JAR = "/opt/spec-kitty/lib/spec-kitty-sync.jar";
    static final String PYTHON = "/usr/bin/python3.11";
    static final Instant STARTED = Instant.parse("2026-06-30T10:00:00Z");
    /** A canonicaliser without I/O: the tests' paths are already canonical. */
    static final UnaryOperator<String> IDENTITY_PATHS = UnaryOperator.identity();

    private Listeners() {
    }

    static List<String> javaArgv(int port, String root) {
        return List.of(JAVA, "-Xmx64m", "-jar", JAR, "sync", "daemon", "run", "--port", Integer.toString(port),
                SpawnShape.ROOT_MARKER_PREFIX + root, SpawnShape.EXEC_MARKER_PREFIX + JAR);
    }

    static List<String> javaArgvWithoutMarker(int port) {
        return List.of(JAVA, "-jar", JAR, "sync", "daemon", "run", "--port", Integer.toString(port),
                SpawnShape.EXEC_MARKER_PREFIX + JAR);
    }

    static List<String> pythonArgv(int port, String root) {
        return List.of(PYTHON, "-c",
                "from specify_cli.sync.daemon import run_sync_daemon; run_sync_daemon(" + port + ", 'tok')",
                SpawnShape.ROOT_MARKER_PREFIX + root, SpawnShape.EXEC_MARKER_PREFIX + PYTHON);
    }

    static List<String> thirdPartyArgv() {
        return List.of("/usr/bin/node", "server.js", "--port", "9400");
    }

    /** No connection, timeout, non-200 status or a body that is not a JSON object. */
    static final HealthProbe NO_RESPONSE = new HealthProbe.NotResponded("no response");

    /** A health response that was a JSON object with these fields (status {@code ok}; null = absent). */
    static HealthProbe health(Integer protocolVersion, String packageVersion, String daemonFamily,
                              String singletonScopeId, HealthOwner owner) {
        return new HealthProbe.Responded(new HealthReport("ok", daemonFamily, false, singletonScopeId,
                protocolVersion == null ? null : protocolVersion.longValue(), packageVersion, null, null, owner));
    }

    /** An {@code owner} block with the fields cleanup reads; the others absent. */
    static HealthOwner owner(Long pid, Integer port, String queueDbPath, String authScope, String serverUrl) {
        return new HealthOwner(pid, port == null ? null : port.longValue(), null, null, null, serverUrl, null, null,
                authScope, queueDbPath, null);
    }

    /** An {@code owner} object without any usable field. */
    static final HealthOwner EMPTY_OWNER = owner(null, null, null, null, null);

    static HealthProbe syncHealth(long pid, int port, String packageVersion) {
        return health(1, packageVersion, "sync", ROOT,
                owner(pid, port, ROOT + "/queues/queue-8b85169673aa98b5.db",
                        "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "https://spec-kitty-dev.fly.dev"));
    }

    /** {@code {"hello":"world"}}. */
    static HealthProbe thirdPartyHealth() {
        return new HealthProbe.Responded(new HealthReport(null, null, false, null, null, null, null, null, null));
    }

    /** {@code {"project_path": …, "status": "ready"}}, optionally with {@code "daemon_family": "dashboard"}. */
    static HealthProbe dashboardHealth(boolean withFamily) {
        return new HealthProbe.Responded(new HealthReport("ready", withFamily ? "dashboard" : null, false, null, null,
                null, null, null, null));
    }

    /** A stale same-root Java daemon that is not recorded: the safe_auto case. */
    static Builder sameRootDaemon(int port) {
        return new Builder().port(port).pid(PID).health(syncHealth(PID, port, "3.2.2"))
                .argv(javaArgv(port, ROOT)).executable(JAVA).startInstant(STARTED);
    }

    /** A plain HTTP server without spawn shape. */
    static Builder thirdParty(int port) {
        return new Builder().port(port).pid(PID).health(thirdPartyHealth()).argv(thirdPartyArgv())
                .executable("/usr/bin/node").startInstant(STARTED);
    }

    /** Spawn shape and same-root marker, accepts TCP but never answers HTTP. */
    static Builder wedged(int port) {
        return sameRootDaemon(port).health(NO_RESPONSE);
    }

    static final class Builder {
        private int port = 9401;
        private Long pid;
        private HealthProbe health = NO_RESPONSE;
        private List<String> argv = List.of();
        private String executable;
        private Instant startInstant;
        private boolean ownerPresent;
        private RecordedSingleton recordedSingleton;

        Builder port(int value) {
            port = value;
            return this;
        }

        /** A null pid also drops the process facts, as discovery does. */
        Builder pid(Long value) {
            pid = value;
            if (value == null) {
                argv = List.of();
                executable = null;
                startInstant = null;
            }
            return this;
        }

        Builder health(HealthProbe value) {
            health = value;
            return this;
        }

        Builder argv(List<String> value) {
            argv = value;
            return this;
        }

        Builder executable(String value) {
            executable = value;
            return this;
        }

        Builder startInstant(Instant value) {
            startInstant = value;
            return this;
        }

        Builder ownerPresent(boolean value) {
            ownerPresent = value;
            return this;
        }

        Builder recordedSingleton(RecordedSingleton value) {
            recordedSingleton = value;
            return this;
        }

        ListenerObservation build() {
            return new ListenerObservation(port, pid, health, argv, executable, startInstant, ownerPresent,
                    recordedSingleton);
        }
    }
}
