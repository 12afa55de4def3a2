package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.testing.OpenPort;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LaunchDaemon} does (daemon.md §4): the child runs {@code sync daemon run} in the Java spawn shape
 * with both markers and no token in argv, gets the token on stdin and the foreground's version in its environment,
 * answers health on its port as itself, and can be ended through its handle. A child that cannot bind exits with 3.
 * Subclassed for the simulated daemons and for the process adapter.
 */
public abstract class LaunchDaemonContract {
    protected static final ControlToken TOKEN = new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877");
    private static final Duration STARTUP = Duration.ofSeconds(21);
    private static final Duration EXIT = Duration.ofSeconds(5);
    private static final Duration POLL = Duration.ofMillis(100);

    protected abstract LaunchDaemon launcher();

    protected abstract ProbeLoopback probe();

    protected abstract ProcessTable processTable();

    protected abstract Clock clock();

    /** An existing root directory for the child. */
    protected abstract Path root();

    /** The spawner's environment. */
    protected abstract Environment environment();

    /** A sync-range port nobody holds. */
    protected abstract SyncPort freePort() throws Exception;

    /** A sync-range port on which another listener is bound on 127.0.0.1. */
    protected abstract OpenPort occupy() throws Exception;

    private DaemonLaunch launchOn(SyncPort port) {
        return new DaemonLaunch(root(), root().toString(), port, TOKEN, "/opt/sk/lib/spec-kitty-sync.jar", "9.8.7",
                environment());
    }

    @Test
    void theChildServesHealthOnItsPortAsItselfAndEndsThroughItsHandle() throws Exception {
        SyncPort port = freePort();
        DaemonLaunch launch = launchOn(port);
        LaunchedDaemon child = launcher().launch(launch);
        try {
            Optional<HealthReport> report = awaitHealth(port, child);
            assertTrue(report.isPresent(), "healthy within 21 s");
            assertTrue(report.get().owner().names(child.pid(), port.value()));
            assertEquals("9.8.7", report.get().packageVersion(), "SPEC_KITTY_CLI_VERSION reached the child");
            assertEquals(root().toString(), report.get().singletonScopeId());

            List<String> argv = processTable().facts(child.pid()).argv().orElseThrow();
            assertEquals(Optional.of(SpawnShape.JAVA), SpawnShape.of(argv));
            assertEquals(Optional.of(root().toString()), SpawnShape.rootMarker(argv));
            assertEquals(OptionalInt.of(port.value()), SpawnShape.port(argv));
            assertTrue(argv.contains(SpawnShape.EXEC_MARKER_PREFIX + launch.executablePath()));
            assertFalse(argv.stream().anyMatch(element -> element.contains(TOKEN.value())), "no token in argv");
            assertEquals(OptionalInt.empty(), child.exitCode());
        } finally {
            child.terminate();
        }
        assertTrue(await(EXIT, () -> child.exitCode().isPresent()), "ended by SIGTERM through its handle");
    }

    @Test
    void aChildThatCannotBindItsPortExitsWith3() throws Exception {
        try (OpenPort taken = occupy()) {
            LaunchedDaemon child = launcher().launch(launchOn(new SyncPort(taken.port())));
            try {
                assertTrue(await(STARTUP, () -> child.exitCode().isPresent()), "exits early");
                assertEquals(OptionalInt.of(3), child.exitCode());
            } finally {
                child.kill();
            }
        }
    }

    @Test
    void killEndsTheChild() throws Exception {
        LaunchedDaemon child = launcher().launch(launchOn(freePort()));
        child.kill();
        assertTrue(await(EXIT, () -> child.exitCode().isPresent()));
        assertTrue(processTable().facts(child.pid()).state().gone());
    }

    private Optional<HealthReport> awaitHealth(SyncPort port, LaunchedDaemon child) throws InterruptedException {
        long start = clock().monotonicNanos();
        while (clock().monotonicNanos() - start < STARTUP.toNanos() && child.exitCode().isEmpty()) {
            HealthProbe probe = probe().health(port, Duration.ofMillis(500));
            if (probe instanceof HealthProbe.Responded responded && responded.report().owner() != null) {
                return Optional.of(responded.report());
            }
            clock().sleep(POLL);
        }
        return Optional.empty();
    }

    private boolean await(Duration budget, Supplier<Boolean> condition) throws InterruptedException {
        long start = clock().monotonicNanos();
        while (clock().monotonicNanos() - start < budget.toNanos()) {
            if (condition.get()) {
                return true;
            }
            clock().sleep(POLL);
        }
        return condition.get();
    }
}
