package dev.speckitty.sync.core.cleanup;

import static dev.speckitty.sync.core.cleanup.Listeners.JAR;
import static dev.speckitty.sync.core.cleanup.Listeners.JAVA;
import static dev.speckitty.sync.core.cleanup.Listeners.OTHER_ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.PID;
import static dev.speckitty.sync.core.cleanup.Listeners.PYTHON;
import static dev.speckitty.sync.core.cleanup.Listeners.ROOT;
import static dev.speckitty.sync.core.cleanup.Listeners.STARTED;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthProbe;
import dev.speckitty.sync.core.daemon.SpawnShape;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators over every input of the classifier, nulls included. Each value is decoded from a
 * fixed-size list of random draws, so shrinking moves every choice towards its first option. Options are
 * repeated where a bias is needed to reach the later rows of the table often enough.
 */
final class CleanupGenerators {

    private static final int DRAWS = 32;

    private static final List<Integer> NAMED_PORTS =
            List.of(1, 9236, 9237, 9336, 9337, 9399, 9400, 9401, 9425, 9448, 9449, 9450, 65535);
    private static final List<Long> PIDS = Arrays.asList(PID, PID, PID, PID, PID + 1, null);
    private static final List<Boolean> RESPONDED = List.of(true, true, true, false);
    private static final List<Integer> PROTOCOLS = Arrays.asList(1, 1, null, 0, 2);
    private static final List<String> VERSIONS = Arrays.asList("3.2.2", "3.2.4", null, "");
    private static final List<String> FAMILIES = Arrays.asList("sync", "sync", null, null, "dashboard", "", "Sync");
    private static final List<String> SCOPE_IDS = Arrays.asList(ROOT, OTHER_ROOT, null, "");
    private static final List<String> EXECUTABLES = Arrays.asList(JAVA, PYTHON, null, "/usr/bin/node");
    private static final List<String> EVIDENCE_PATHS = Arrays.asList(JAR, "/opt/old/lib/sk.jar", PYTHON, "", "x");

    private enum ArgvKind {
        JAVA_SAME_ROOT, PYTHON_SAME_ROOT, JAVA_OTHER_ROOT, PYTHON_OTHER_ROOT, JAVA_NO_MARKER, JAVA_EMPTY_MARKER,
        PYTHON_NO_MARKER, THIRD_PARTY, MARKER_WITHOUT_SHAPE, UNREADABLE
    }

    private static final List<ArgvKind> ARGV_KINDS = List.of(ArgvKind.JAVA_SAME_ROOT, ArgvKind.JAVA_SAME_ROOT,
            ArgvKind.JAVA_SAME_ROOT, ArgvKind.PYTHON_SAME_ROOT, ArgvKind.PYTHON_SAME_ROOT, ArgvKind.JAVA_OTHER_ROOT,
            ArgvKind.PYTHON_OTHER_ROOT, ArgvKind.JAVA_NO_MARKER, ArgvKind.JAVA_EMPTY_MARKER, ArgvKind.PYTHON_NO_MARKER,
            ArgvKind.THIRD_PARTY, ArgvKind.MARKER_WITHOUT_SHAPE, ArgvKind.UNREADABLE);

    private enum OwnerKind { MATCHING, ABSENT, EMPTY, OTHER_PID, OTHER_PORT }

    private static final List<OwnerKind> OWNER_KINDS = List.of(OwnerKind.MATCHING, OwnerKind.MATCHING,
            OwnerKind.MATCHING, OwnerKind.ABSENT, OwnerKind.EMPTY, OwnerKind.OTHER_PID, OwnerKind.OTHER_PORT);

    private enum RecordedKind { NONE, THIS_PORT_NO_PID, THIS_PORT_THIS_PID, THIS_PORT_OTHER_PID, OTHER_PORT }

    private static final List<RecordedKind> RECORDED_KINDS = List.of(RecordedKind.NONE, RecordedKind.NONE,
            RecordedKind.NONE, RecordedKind.NONE, RecordedKind.THIS_PORT_NO_PID, RecordedKind.THIS_PORT_THIS_PID,
            RecordedKind.THIS_PORT_OTHER_PID, RecordedKind.OTHER_PORT);

    private CleanupGenerators() {
    }

    /** Every kind of listener observation, on any port, with or without pid, health and state file. */
    static Gen<ListenerObservation> observations() {
        return draws().map(draws -> observation(new Draws(draws)));
    }

    /** An observation and a second set of draws for varying its evidence. */
    static Gen<List<Integer>> draws() {
        return lists().of(integers().between(0, 1_000_000)).ofSize(DRAWS);
    }

    /**
     * The same listener with every piece of evidence re-drawn: package and protocol version, daemon_root,
     * the owner block's paths and scope, owner_present, the executable, argv[0] and the exec payloads.
     */
    static ListenerObservation withOtherEvidence(ListenerObservation listener, List<Integer> rawDraws) {
        Draws draws = new Draws(rawDraws);
        HealthProbe variedHealth = listener.report()
                .map(report -> Listeners.health(draws.pick(PROTOCOLS), draws.pick(VERSIONS), report.daemonFamily(),
                        draws.pick(SCOPE_IDS), report.owner() == null ? null : new HealthOwner(report.owner().pid(),
                                report.owner().port(), draws.pick(VERSIONS), draws.pick(EVIDENCE_PATHS),
                                draws.pick(EVIDENCE_PATHS), draws.pick(SCOPE_IDS), draws.pick(VERSIONS),
                                draws.pick(VERSIONS), draws.pick(VERSIONS), draws.pick(EVIDENCE_PATHS),
                                draws.pick(VERSIONS))))
                .orElse(listener.health());
        List<String> argv = new ArrayList<>();
        for (int i = 0; i < listener.argv().size(); i++) {
            String element = listener.argv().get(i);
            if (i == 0) {
                argv.add(draws.pick(EVIDENCE_PATHS));
            } else if (element.startsWith(SpawnShape.EXEC_MARKER_PREFIX)) {
                argv.add(SpawnShape.EXEC_MARKER_PREFIX + draws.pick(EVIDENCE_PATHS));
            } else {
                argv.add(element);
            }
        }
        String executable = listener.pid() == null ? null : draws.pick(EXECUTABLES);
        return new ListenerObservation(listener.port(), listener.pid(), variedHealth, argv, executable,
                listener.startInstant(), draws.pick(List.of(true, false)), listener.recordedSingleton());
    }

    /** A canonicaliser chosen by a draw: identity, or one that maps every path elsewhere. */
    static UnaryOperator<String> canonicaliser(int draw) {
        return draw % 2 == 0 ? Listeners.IDENTITY_PATHS : path -> "/canonical" + path;
    }

    /**
     * Identity records as any caller could build them, including defects the classifier never produces
     * (safe_auto outside the range, a foreign family with spawn shape, ...): what the hard guard must face.
     */
    static Gen<IdentityRecord> arbitraryRecords() {
        return draws().map(raw -> {
            Draws draws = new Draws(raw);
            IdentityRecord base = IdentityRecord.describe(observation(draws), ROOT, Listeners.IDENTITY_PATHS);
            CleanupClass cleanupClass = draws.pick(List.of(CleanupClass.values()));
            SkipReason skipReason = cleanupClass == CleanupClass.SAFE_AUTO ? null
                    : draws.pick(List.of(SkipReason.values()));
            boolean spawnShapeOk = base.pid() != null && draws.pick(List.of(true, false));
            String family = draws.pick(Arrays.asList("sync", "sync", "dashboard", "", "SYNC"));
            return new IdentityRecord(family, base.pid(), base.port(), base.protocolVersion(), base.packageVersion(),
                    base.singletonScopeId(), base.daemonRoot(), base.queueDbPath(), base.authScope(),
                    base.serverUrl(), base.ownerPresent(), draws.pick(List.of(EvidenceSource.values())),
                    base.executableSummary(), spawnShapeOk, base.selfReportMatchesListener(),
                    base.isRecordedSingleton(), cleanupClass, skipReason, base.argvSnapshot(), base.startInstant());
        });
    }

    private static ListenerObservation observation(Draws draws) {
        int port = port(draws);
        Long pid = draws.pick(PIDS);
        HealthProbe health = health(draws, port);
        List<String> argv = pid == null ? List.of() : argv(draws.pick(ARGV_KINDS), port);
        String executable = pid == null ? null : draws.pick(EXECUTABLES);
        Instant started = pid == null ? null : draws.pick(Arrays.asList(STARTED, null));
        RecordedSingleton recorded = recorded(draws.pick(RECORDED_KINDS), port, pid);
        return new ListenerObservation(port, pid, health, argv, executable, started, draws.pick(List.of(true, false)),
                recorded);
    }

    private static int port(Draws draws) {
        int kind = draws.next() % 4;
        int value = draws.next();
        if (kind == 0) {
            return NAMED_PORTS.get(value % NAMED_PORTS.size());
        }
        if (kind == 1) {
            return 1 + value % 65535;
        }
        return PortRange.DEFAULT.first() + value % PortRange.DEFAULT.ports().size();
    }

    private static HealthProbe health(Draws draws, int port) {
        boolean responded = draws.pick(RESPONDED);
        Integer protocol = draws.pick(PROTOCOLS);
        String version = draws.pick(VERSIONS);
        String family = draws.pick(FAMILIES);
        String scopeId = draws.pick(SCOPE_IDS);
        HealthOwner owner = switch (draws.pick(OWNER_KINDS)) {
            case MATCHING -> Listeners.owner(PID, port, ROOT + "/queues/q.db", "scope", "https://x");
            case ABSENT -> null;
            case EMPTY -> Listeners.EMPTY_OWNER;
            case OTHER_PID -> Listeners.owner(PID + 7, port, null, null, null);
            case OTHER_PORT -> Listeners.owner(PID, port == 9401 ? 9402 : 9401, null, null, null);
        };
        return responded ? Listeners.health(protocol, version, family, scopeId, owner) : Listeners.NO_RESPONSE;
    }

    private static List<String> argv(ArgvKind kind, int port) {
        return switch (kind) {
            case JAVA_SAME_ROOT -> Listeners.javaArgv(port, ROOT);
            case PYTHON_SAME_ROOT -> Listeners.pythonArgv(port, ROOT);
            case JAVA_OTHER_ROOT -> Listeners.javaArgv(port, OTHER_ROOT);
            case PYTHON_OTHER_ROOT -> Listeners.pythonArgv(port, OTHER_ROOT);
            case JAVA_NO_MARKER -> Listeners.javaArgvWithoutMarker(port);
            case JAVA_EMPTY_MARKER -> List.of(JAVA, "-jar", JAR, "sync", "daemon", "run", "--port=" + port,
                    SpawnShape.ROOT_MARKER_PREFIX, SpawnShape.ROOT_MARKER_PREFIX + ROOT);
            case PYTHON_NO_MARKER -> List.of(PYTHON, "-c", "run_sync_daemon(" + port + ")");
            case THIRD_PARTY -> Listeners.thirdPartyArgv();
            case MARKER_WITHOUT_SHAPE -> List.of(JAVA, "-jar", JAR, "sync", "daemon", "status",
                    SpawnShape.ROOT_MARKER_PREFIX + ROOT, SpawnShape.EXEC_MARKER_PREFIX + JAR);
            case UNREADABLE -> List.of();
        };
    }

    private static RecordedSingleton recorded(RecordedKind kind, int port, Long pid) {
        return switch (kind) {
            case NONE -> null;
            case THIS_PORT_NO_PID -> new RecordedSingleton(port, null);
            case THIS_PORT_THIS_PID -> new RecordedSingleton(port, pid);
            case THIS_PORT_OTHER_PID -> new RecordedSingleton(port, PID + 3);
            case OTHER_PORT -> new RecordedSingleton(port == 9410 ? 9411 : 9410, pid);
        };
    }

    /** Hands out the random draws one by one; running out wraps around (values stay in range). */
    private static final class Draws {
        private final List<Integer> values;
        private int next;

        Draws(List<Integer> values) {
            this.values = values;
        }

        int next() {
            return values.get(next++ % values.size());
        }

        <T> T pick(List<T> options) {
            return options.get(next() % options.size());
        }
    }
}
