package dev.speckitty.sync.core.daemon.run;

import static dev.speckitty.sync.core.daemon.run.DaemonFixture.INSTALLATION;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.PID;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.PORT;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.ROOT;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.SCOPE;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.SCOPED;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.SERVER;
import static dev.speckitty.sync.core.daemon.run.DaemonFixture.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.daemon.control.ControlRequests;
import dev.speckitty.sync.core.daemon.control.ControlResponse;
import dev.speckitty.sync.core.daemon.control.DaemonHealth;
import dev.speckitty.sync.core.daemon.control.RequestBody;
import dev.speckitty.sync.core.daemon.control.ServeControlPlane;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.Rows;
import dev.speckitty.sync.core.testing.ScriptedControlToken;
import dev.speckitty.sync.core.uplink.UplinkResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The daemon process of daemon.md §5, §13 and §14 built from fakes; threads are run by hand. */
class SyncDaemonTest {
    private final DaemonFixture fixture = new DaemonFixture();

    private int refusedWith(DaemonArguments arguments) throws InterruptedException {
        return assertInstanceOf(SyncDaemon.Refused.class, fixture.daemon().start(arguments)).exitCode();
    }

    @Test
    void aRootMarkerOtherThanTheCanonicalRootIsRefusedBeforeTheTokenIsRead() throws InterruptedException {
        assertEquals(2, refusedWith(new DaemonArguments(PORT, "/elsewhere", Optional.empty())));
        assertEquals(List.of("[ERROR] daemon root marker /elsewhere does not match the resolved root /r"),
                fixture.log.lines());
        assertEquals(0, fixture.stdin.reads());
        assertFalse(fixture.controlPlane.isBound(PORT));
    }

    @Test
    void theMarkerIsComparedWithTheCanonicalRoot() throws InterruptedException {
        fixture.canonicalPaths.symbolicLink(ROOT, Path.of("/data/root"));
        assertEquals(2, refusedWith(DaemonFixture.arguments()));
        assertEquals(List.of("[ERROR] daemon root marker /r does not match the resolved root /data/root"),
                fixture.log.lines());
        assertInstanceOf(SyncDaemon.Started.class,
                fixture.daemon().start(new DaemonArguments(PORT, "/data/root", Optional.empty())));
    }

    @Test
    void aRootOfAnotherUserIsRefused() throws InterruptedException {
        fixture.rootSafety.directory(ROOT, 0, 0700);
        assertEquals(2, refusedWith(DaemonFixture.arguments()));
        assertEquals(List.of("[ERROR] refusing to use /r: not owned by uid 1000"), fixture.log.lines());
        assertEquals(0, fixture.stdin.reads());
    }

    @Test
    void withoutAValidTokenOnStdinTheDaemonExits2() throws InterruptedException {
        for (ScriptedControlToken stdin : List.of(ScriptedControlToken.of(new byte[0]), ScriptedControlToken.line(""),
                ScriptedControlToken.line(TOKEN.toUpperCase()), ScriptedControlToken.line(TOKEN.substring(1)),
                ScriptedControlToken.line(TOKEN + " "), ScriptedControlToken.line(TOKEN + "0"),
                ScriptedControlToken.thenSilence(TOKEN.getBytes(StandardCharsets.UTF_8), new FakeClock(Instant.EPOCH)))) {
            DaemonFixture each = new DaemonFixture();
            each.stdin = stdin;
            assertEquals(2, assertInstanceOf(SyncDaemon.Refused.class, each.daemon().start(DaemonFixture.arguments()))
                    .exitCode());
            assertEquals(List.of("[ERROR] no valid control token on stdin"), each.log.lines());
            assertFalse(each.controlPlane.isBound(PORT));
        }
    }

    @Test
    void aPortThatCannotBeBoundExits3WithoutAnOwnerRecord() throws InterruptedException {
        fixture.controlPlane.takenElsewhere(PORT);
        assertEquals(3, refusedWith(DaemonFixture.arguments()));
        assertEquals(List.of("[ERROR] cannot bind 127.0.0.1:9401: Address already in use"), fixture.log.lines());
        assertInstanceOf(OwnerRecordReading.Absent.class, fixture.ownerRecords.read(ROOT));
    }

    @Test
    void aStartedDaemonRecordsItsIdentityAndServesWithoutRunningAPass() throws InterruptedException {
        fixture.authenticated();
        RunningDaemon daemon = fixture.started();
        OwnerRecord expected = new OwnerRecord("alice@example.com", SCOPE, "team-1", INSTALLATION.executablePath().toString(),
                "3.2.4", PID, PORT, SCOPED.toString(), SERVER, "/opt/sk", "2026-05-17T16:42:00+00:00",
                new ControlToken(TOKEN));
        assertEquals(new OwnerRecordReading.Found(expected), fixture.ownerRecords.read(ROOT));
        assertEquals(expected, daemon.ownerRecord());
        assertEquals(List.of("sync-scheduler", "sync-retirement-tick"), fixture.threads.stream().map(t -> t.getKey()).toList());
        assertEquals(Optional.of(ControlResponse.health(new DaemonHealth("/r", "3.2.4", false, Optional.empty(), 0, expected))),
                fixture.request("GET", "/api/health", new RequestBody.NotRead()));
        assertEquals(List.of("[INFO] sync daemon identity: auth_scope=" + SCOPE + " queue_db_path=" + SCOPED,
                "[INFO] sync daemon listening on 127.0.0.1:9401 (pid 4242, root /r)"), fixture.log.lines());
        assertEquals(List.of(), fixture.recordingUplink.deliveries());
    }

    @Test
    void anUnauthenticatedDaemonRecordsNullAuthAndTheLegacyQueuePath() throws InterruptedException {
        RunningDaemon daemon = fixture.started();
        OwnerRecord record = daemon.ownerRecord();
        assertEquals(null, record.authPrincipal());
        assertEquals(null, record.authScope());
        assertEquals(null, record.authTeam());
        assertEquals(ROOT.resolve(QueuePaths.LEGACY_FILE_NAME).toString(), record.queueDbPath());
    }

    @Test
    void anOwnerRecordThatCannotBeWrittenIsAWarningAndTheDaemonRunsOn() throws InterruptedException {
        fixture.migration.locks.holdElsewhere(ROOT, LockName.SYNC_OWNER);
        RunningDaemon daemon = fixture.started();
        assertEquals("[WARN] Failed to write daemon owner record: could not acquire /r/sync-owner.lock within 10s",
                fixture.log.lines().get(1));
        assertInstanceOf(OwnerRecordReading.Absent.class, fixture.ownerRecords.read(ROOT));
        ControlResponse health = fixture.request("GET", "/api/health", new RequestBody.NotRead()).orElseThrow();
        assertEquals(daemon.ownerRecord(), ((ControlResponse.Health) health.body()).health().owner());
    }

    @Test
    void invalidEnvironmentOverridesAreWarnedAtStart() throws InterruptedException {
        fixture.environment = fixture.environment.with(Environment.IDLE_RETIREMENT_SECONDS, "later")
                .with(Environment.TICK_SECONDS, "0");
        fixture.started();
        assertEquals(List.of("[WARN] ignoring invalid SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS",
                "[WARN] ignoring invalid SPEC_KITTY_DAEMON_TICK_SECONDS"), fixture.log.lines().subList(0, 2));
    }

    @Test
    void shutdownAnswersThenStopsAndRemovesItsOwnRecord() throws InterruptedException {
        RunningDaemon daemon = fixture.started();
        assertEquals(Optional.of(ControlResponse.stopping()),
                fixture.request("POST", "/api/shutdown", DaemonFixture.tokenBody(TOKEN)));
        assertFalse(daemon.stopped(), "the stop runs on its own thread");
        fixture.runStartedThreads("sync-daemon-stop");
        assertTrue(daemon.stopped());
        assertEquals(0, daemon.awaitStopped());
        assertFalse(fixture.controlPlane.isBound(PORT));
        assertInstanceOf(OwnerRecordReading.Absent.class, fixture.ownerRecords.read(ROOT));
        List<String> lines = fixture.log.lines();
        assertEquals(List.of("[INFO] shutdown requested on 127.0.0.1:9401", "[INFO] sync daemon stopping (shutdown request)",
                "[INFO] sync daemon stopped (pid 4242, port 9401)"), lines.subList(lines.size() - 3, lines.size()));
    }

    @Test
    void aWrongTokenNeitherStopsNorCountsAsActivity() throws InterruptedException {
        RunningDaemon daemon = fixture.started();
        assertEquals(Optional.of(ControlResponse.error(403, "invalid_token")),
                fixture.request("POST", "/api/shutdown", DaemonFixture.tokenBody("0".repeat(32))));
        fixture.clock.advance(Duration.ofSeconds(900));
        assertEquals(RetirementVerdict.IDLE_TIMEOUT, daemon.tick());
    }

    @Test
    void theStopLeavesAnotherDaemonsRecordAlone() throws Exception {
        RunningDaemon daemon = fixture.started();
        OwnerRecord other = new OwnerRecord(null, null, null, "/x.jar", "3.2.4", 777, 9402, "/r/q", SERVER, "/x",
                "2026-05-17T16:43:00+00:00", new ControlToken(TOKEN));
        fixture.ownerRecords.write(ROOT, other);
        daemon.stop("test");
        assertEquals(new OwnerRecordReading.Found(other), fixture.ownerRecords.read(ROOT));
    }

    @Test
    void aSignalStopsTheRunningDaemonOnceAndASignalBeforeTheBindStartsNothing() throws InterruptedException {
        SyncDaemon daemon = fixture.daemon();
        RunningDaemon running = ((SyncDaemon.Started) daemon.start(DaemonFixture.arguments())).daemon();
        daemon.stopOnSignal();
        daemon.stopOnSignal();
        assertTrue(running.stopped());
        assertInstanceOf(OwnerRecordReading.Absent.class, fixture.ownerRecords.read(ROOT));
        assertEquals(1, fixture.log.lines().stream().filter(l -> l.contains("stopping (termination signal)")).count());

        DaemonFixture early = new DaemonFixture();
        SyncDaemon notYetBound = early.daemon();
        notYetBound.stopOnSignal();
        assertEquals(new SyncDaemon.Refused(0), notYetBound.start(DaemonFixture.arguments()));
        assertFalse(early.controlPlane.isBound(PORT));
    }

    @Test
    void idleRetirementAfterTheWindowCountingOnlyAuthenticatedRequests() throws InterruptedException {
        RunningDaemon daemon = fixture.started();
        fixture.clock.advance(Duration.ofSeconds(800));
        fixture.request("POST", "/api/sync/trigger", DaemonFixture.tokenBody(TOKEN));
        fixture.clock.advance(Duration.ofSeconds(899));
        fixture.request("GET", "/api/health", new RequestBody.NotRead());
        fixture.request("POST", "/api/sync/trigger", DaemonFixture.tokenBody("wrong"));
        assertEquals(RetirementVerdict.ACTIVE, daemon.tick());
        assertFalse(daemon.stopped());
        fixture.clock.advance(Duration.ofSeconds(1));
        assertEquals(RetirementVerdict.IDLE_TIMEOUT, daemon.tick());
        assertTrue(daemon.stopped());
        assertTrue(fixture.log.lines().contains("[INFO] self-retiring (reason=idle_timeout, port=9401)"));
        assertInstanceOf(OwnerRecordReading.Absent.class, fixture.ownerRecords.read(ROOT));
    }

    @Test
    void aNewerDaemonInTheStateFileSupersedesThisOne() throws InterruptedException {
        RunningDaemon daemon = fixture.started();
        fixture.stateFiles.write(ROOT, StateFile.of(new SyncPort(9402), new ControlToken(TOKEN), 777));
        assertEquals(RetirementVerdict.ACTIVE, daemon.tick(), "pid 777 is not alive");
        fixture.processes.alive(777, List.of("java"), Instant.EPOCH, Path.of("/usr/bin/java"));
        assertEquals(RetirementVerdict.SUPERSEDED, daemon.tick());
        assertTrue(fixture.log.lines().contains("[INFO] self-retiring (reason=superseded, port=9401)"));
        assertTrue(daemon.stopped());
    }

    @Test
    void aFailingTickIsLoggedAndTheNextTickStillRuns() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        fixture.processTable = pid -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("proc unreadable");
            }
            return fixture.processes.facts(pid);
        };
        fixture.processes.alive(777, List.of("java"), Instant.EPOCH, Path.of("/usr/bin/java"));
        fixture.stateFiles.write(ROOT, StateFile.of(new SyncPort(9402), new ControlToken(TOKEN), 777));
        RunningDaemon daemon = fixture.started();
        fixture.runStartedThreads("sync-retirement-tick");
        assertTrue(daemon.stopped());
        List<String> lines = fixture.log.lines();
        assertTrue(lines.contains("[ERROR] self-retirement tick failed: IllegalStateException: proc unreadable"), lines::toString);
        assertTrue(lines.contains("[INFO] self-retiring (reason=superseded, port=9401)"), lines::toString);
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofSeconds(30)), fixture.clock.sleeps(),
                "the first tick one interval after start, the next one interval later");
    }

    @Test
    void aTriggeredPassShowsInHealthAndQueuedRowsKeepTheDaemonRetrying() throws InterruptedException {
        fixture.authenticated();
        fixture.queues.createLegacy(ROOT.resolve(QueuePaths.LEGACY_FILE_NAME),
                List.of(Rows.queue(Rows.event(1, "e1", "T", "{}"))));
        RunningDaemon daemon = fixture.started();
        assertEquals(Optional.of(ControlResponse.scheduled()),
                fixture.request("POST", "/api/sync/trigger", DaemonFixture.tokenBody(TOKEN)));
        assertTrue(daemon.scheduler().runDuePass());
        DaemonHealth health = daemon.health();
        assertEquals(1, health.consecutiveFailures());
        assertEquals(Optional.empty(), health.lastSync());
        assertFalse(health.syncRunning());
        for (int i = 0; i < 10; i++) {
            fixture.clock.advance(Duration.ofSeconds(30));
            daemon.scheduler().runDuePass();
        }
        fixture.clock.advance(Duration.ofSeconds(900));
        assertEquals(RetirementVerdict.ACTIVE, daemon.tick(), "a periodic pass is due within the idle window");
    }

    @Test
    void aSuccessfulPassSetsLastSyncInMicroseconds() throws InterruptedException {
        fixture.authenticated();
        RunningDaemon daemon = fixture.started();
        daemon.triggerSync();
        daemon.scheduler().runDuePass();
        assertEquals(Optional.of("2026-05-17T16:42:00.250000+00:00"), daemon.health().lastSync());
        assertEquals(0, daemon.health().consecutiveFailures());
    }

    @Test
    void theStopWaitsAtMostFiveSecondsForAPassInFlight() throws InterruptedException {
        fixture.authenticated();
        fixture.queues.createLegacy(ROOT.resolve(QueuePaths.LEGACY_FILE_NAME),
                List.of(Rows.queue(Rows.event(1, "e1", "T", "{}"))));
        RunningDaemon[] daemon = new RunningDaemon[1];
        fixture.uplink = (identity, queue) -> {
            daemon[0].stop("test");
            return UplinkResult.failed(0, UplinkResult.UPLINK_UNAVAILABLE);
        };
        daemon[0] = fixture.started();
        daemon[0].triggerSync();
        daemon[0].scheduler().runDuePass();
        assertTrue(daemon[0].stopped());
        assertTrue(fixture.log.lines().contains("[WARN] a sync pass was still running after 5s; stopping anyway"));
    }

    @Test
    void aStartThatFailsAfterTheBindLeavesNoSocketAndNoRecord() {
        ServeControlPlane failingServe = port -> {
            ControlPlaneSocket bound = fixture.controlPlane.bind(port);
            return new ControlPlaneSocket() {
                @Override
                public int port() {
                    return bound.port();
                }

                @Override
                public void serve(ControlRequests requests) {
                    throw new IllegalStateException("cannot serve");
                }

                @Override
                public void close() {
                    bound.close();
                }
            };
        };
        DaemonPorts ports = fixture.ports();
        SyncDaemon daemon = new SyncDaemon(new DaemonPorts(ports.controlToken(), failingServe, ports.ownerRecords(),
                ports.stateFiles(), ports.processes(), ports.canonicalPaths(), ports.rootSafety(), ports.queueLocator(),
                ports.queues(), ports.uplink(), ports.clock(), ports.log()), fixture.identities(), ROOT, PID, INSTALLATION,
                fixture.environment, (name, body) -> fixture.threads.add(Map.entry(name, body)));
        assertThrows(IllegalStateException.class,
                () -> daemon.start(DaemonFixture.arguments()));
        assertFalse(fixture.controlPlane.isBound(PORT));
        assertInstanceOf(OwnerRecordReading.Absent.class, fixture.ownerRecords.read(ROOT));
        daemon.stopOnSignal();
    }
}
