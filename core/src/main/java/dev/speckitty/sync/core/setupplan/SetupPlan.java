package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.boundary.BoundaryEvaluation;
import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.migration.ActiveQueue;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.BodyUploadOutcome;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.CoalesceKey;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.queue.EventEnqueueResult;
import dev.speckitty.sync.core.queue.NoActiveScopeException;
import dev.speckitty.sync.core.queue.OpenScopedQueue;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueStoreException;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.QueuedEvent;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.queue.StableKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * The use case {@code spec-kitty agent mission setup-plan --mission <slug>} (cli.md §14.1 steps 2–11). Steps run in
 * the contract's order and nothing is written anywhere before step 9: the guards (FR-011, the boundary gate, the
 * project and mission checks, the project identity) only read. With SaaS sync enabled, every queue row goes
 * through {@link QueueLocator#defaultQueueDbPath} with the identity the caller resolved once (FR-012, D-6), so
 * nothing is ever written to the legacy queue.
 */
public final class SetupPlan {

    private final GatherBoundaryFacts boundary;
    private final LocateMission missions;
    private final ReadProjectInputs inputs;
    private final WritePlanScaffold plans;
    private final LifecycleEventLog lifecycleLog;
    private final ListMissionArtifacts artifacts;
    private final QueueLocator queueLocator;
    private final OpenScopedQueue scopedQueues;
    private final EnqueueToQueue enqueue;
    private final LamportClock lamportClock;
    private final Clock clock;
    private final RandomGenerator random;
    private final OperatorLog log;

    /**
     * @param boundary     the boundary facts of step 3 (gathered only when SaaS sync is enabled)
     * @param scopedQueues look-up of already queued envelopes, so the Lamport clock is ticked only for a row that
     *                     will be inserted (on-disk.md §10.3)
     * @param random       the random part of new local event ULIDs (on-disk.md §10.2)
     */
    public SetupPlan(GatherBoundaryFacts boundary, LocateMission missions, ReadProjectInputs inputs,
                     WritePlanScaffold plans, LifecycleEventLog lifecycleLog, ListMissionArtifacts artifacts,
                     QueueLocator queueLocator, OpenScopedQueue scopedQueues, EnqueueToQueue enqueue,
                     LamportClock lamportClock, Clock clock, RandomGenerator random, OperatorLog log) {
        this.boundary = Objects.requireNonNull(boundary, "boundary");
        this.missions = Objects.requireNonNull(missions, "missions");
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.lifecycleLog = Objects.requireNonNull(lifecycleLog, "lifecycleLog");
        this.artifacts = Objects.requireNonNull(artifacts, "artifacts");
        this.queueLocator = Objects.requireNonNull(queueLocator, "queueLocator");
        this.scopedQueues = Objects.requireNonNull(scopedQueues, "scopedQueues");
        this.enqueue = Objects.requireNonNull(enqueue, "enqueue");
        this.lamportClock = Objects.requireNonNull(lamportClock, "lamportClock");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.log = Objects.requireNonNull(log, "log");
    }

    public SetupPlanOutcome run(SetupPlanRequest request) {
        ResolvedIdentity identity = request.identity();
        boolean saas = request.saasSyncEnabled();
        // Step 2, FR-011: before any project lookup.
        if (saas && !identity.authenticated()) {
            return new SetupPlanOutcome.SaasSyncUnauthenticated();
        }
        // Step 3: only the facts the gate needs (no row counts, no live scan).
        if (saas) {
            List<BoundaryFailure> failures = BoundaryEvaluation.evaluate(
                    boundary.gather(GatherBoundaryFacts.SETUP_PLAN_GATE), GatherBoundaryFacts.SETUP_PLAN_GATE);
            if (!failures.isEmpty()) {
                return new SetupPlanOutcome.BoundaryIncoherent(failures);
            }
        }
        // Steps 4–6.
        Optional<Path> projectRoot = missions.findProjectRoot(request.workingDirectory());
        if (projectRoot.isEmpty()) {
            return new SetupPlanOutcome.ProjectRootNotFound(request.workingDirectory());
        }
        MissionPaths mission = new MissionPaths(projectRoot.get(), request.slug());
        MissionStatus status = missions.check(mission);
        if (status == MissionStatus.MISSION_NOT_FOUND) {
            return new SetupPlanOutcome.MissionNotFound(mission);
        }
        if (status == MissionStatus.SPEC_FILE_MISSING) {
            return new SetupPlanOutcome.SpecFileMissing(mission);
        }
        // Steps 7–8.
        ProjectConfig config = inputs.readProjectConfig(mission.projectRoot());
        MissionMeta meta = inputs.readMissionMeta(mission.missionDirectory());
        if (saas && config.uuid().isEmpty()) {
            return new SetupPlanOutcome.ProjectIdentityMissing(mission);
        }
        // Steps 9–10: the first writes.
        Instant now = clock.now();
        PlanFileOutcome plan;
        LifecycleAppend appended;
        try {
            plan = plans.writeIfAbsent(mission.planFile(), PlanScaffold.render(request.slug(), meta, now));
            appended = lifecycleLog.appendMissing(mission.eventsFile(),
                    LifecycleEvent.candidates(plan.substantive(), request.slug(), meta, config, now, random));
        } catch (ProjectFileException failed) {
            return new SetupPlanOutcome.ProjectWriteFailed(failed.path(), failed.reason());
        }
        if (!saas) {
            return new SetupPlanOutcome.Planned(mission, plan, appended.appended(),
                    SyncEmission.disabled(identity.authenticated()));
        }
        return emit(identity, mission, config, meta, plan, appended);
    }

    /** Step 11: envelopes (§14.5) and body uploads (§14.6) into the scoped queue of the invocation's identity. */
    private SetupPlanOutcome emit(ResolvedIdentity identity, MissionPaths mission, ProjectConfig config,
                                  MissionMeta meta, PlanFileOutcome plan, LifecycleAppend appended) {
        EnvelopeSelection selection = EnvelopeSelection.select(LifecycleEventType.emitted(plan.substantive()),
                mission.slug(), appended.lines(), config);
        selection.unusable().forEach(log::warn);
        // Listed before the queue is touched, so an unreadable mission queues nothing at all (decided here).
        List<ArtifactFile> candidates;
        try {
            candidates = artifacts.list(mission.missionDirectory());
        } catch (ProjectFileException failed) {
            return new SetupPlanOutcome.ProjectWriteFailed(failed.path(), failed.reason());
        }
        Path queue = identity.queuePaths().scoped().orElseThrow(
                () -> new IllegalStateException("step 2 lets only an authenticated invocation queue rows"));
        try {
            ActiveQueue active = queueLocator.defaultQueueDbPath(identity);
            queue = active.path();
            long cap = identity.config().maxQueueSize();
            EventCounts events = enqueueEnvelopes(identity.root(), queue, selection.drafts(), cap);
            String projectUuid = config.uuid().orElseThrow(
                    () -> new IllegalStateException("step 8 lets only a project with a uuid queue rows"));
            BodyCounts bodies = enqueueBodies(queue, candidates, mission.slug(), projectUuid, meta, cap);
            return new SetupPlanOutcome.Planned(mission, plan, appended.appended(), new SyncEmission(true, true,
                    Optional.of(queue), active.migratedLegacyRows(), events.enqueued, events.alreadyQueued,
                    bodies.enqueued, bodies.alreadyQueued, bodies.skipped, events.capacityWarnings));
        } catch (NoActiveScopeException impossible) {
            throw new IllegalStateException("step 2 lets only an authenticated invocation queue rows", impossible);
        } catch (MigrationFailedException | QueueStoreException | LockUnavailableException failed) {
            return new SetupPlanOutcome.QueueWriteFailed(queue, failed.getMessage());
        } catch (UncheckedIOException rootIo) { // a root I/O error (cli.md §1.14): names the path and the error
            IOException cause = rootIo.getCause();
            return new SetupPlanOutcome.QueueWriteFailed(queue, cause.getClass().getSimpleName() + ": "
                    + cause.getMessage());
        }
    }

    private static final class EventCounts {
        int enqueued;
        int alreadyQueued;
        final List<String> capacityWarnings = new ArrayList<>();
    }

    /**
     * One envelope per selected line. An envelope whose {@code event_id} is already queued is counted and left
     * alone; for the others the Lamport clock is ticked, then the row is inserted. If a concurrent writer inserts the
     * same {@code event_id} between the look-up and the insert, the insert is a no-op and that tick stays unused.
     */
    private EventCounts enqueueEnvelopes(Path root, Path queue, List<EnvelopeDraft> drafts, long cap)
            throws QueueStoreException, LockUnavailableException {
        EventCounts counts = new EventCounts();
        Set<String> queued = alreadyQueued(queue, drafts);
        for (EnvelopeDraft draft : drafts) {
            if (queued.contains(draft.eventId().value())) {
                counts.alreadyQueued++;
                continue;
            }
            QueueEnvelope envelope = draft.complete(lamportClock.tick(root));
            QueuedEvent row = new QueuedEvent(envelope.eventId().value(), envelope.eventType(), envelope.data(),
                    clock.now().getEpochSecond(), CoalesceKey.forEvent(envelope.eventType(),
                    strings(draft.fields().object("namespace")), strings(draft.fields().object("payload"))));
            EventEnqueueResult result = enqueue.enqueueEvents(queue, List.of(row), cap).get(0);
            result.capacityWarning().ifPresent(counts.capacityWarnings::add);
            if (result.outcome() == EventEnqueueResult.Outcome.ALREADY_QUEUED) {
                counts.alreadyQueued++;
            } else {
                counts.enqueued++;
            }
        }
        return counts;
    }

    /**
     * The envelope ids already in the scoped queue. The queue is opened for writing (created and adapted if needed):
     * a queue that cannot be written fails here, before the Lamport clock is ticked for nothing.
     */
    private Set<String> alreadyQueued(Path queue, List<EnvelopeDraft> drafts) throws QueueStoreException {
        Set<String> queued = new HashSet<>();
        try (ScopedQueue open = scopedQueues.openScopedForWrite(queue)) {
            for (EnvelopeDraft draft : drafts) {
                String id = draft.eventId().value();
                StableKey key = StableKey.of(QueueTable.QUEUE, QueueRow.of(Map.of("event_id", CellValue.text(id))));
                if (open.findByKey(QueueTable.QUEUE, key).isPresent()) {
                    queued.add(id);
                }
            }
        }
        return queued;
    }

    /** The string members of a JSON object (nested objects as maps), the shape {@link CoalesceKey} reads. */
    private static Map<String, Object> strings(Optional<JsonValue.Obj> object) {
        Map<String, Object> values = new LinkedHashMap<>();
        object.ifPresent(obj -> obj.members().forEach((name, value) -> {
            if (value instanceof JsonValue.Str text) {
                values.put(name, text.value());
            } else if (value instanceof JsonValue.Obj nested) {
                values.put(name, strings(Optional.of(nested)));
            }
        }));
        return values;
    }

    private static final class BodyCounts {
        int enqueued;
        int alreadyQueued;
        final List<BodyUploadDecision.Skip> skipped = new ArrayList<>();
    }

    /**
     * One upload per supported candidate, in the byte order of its path; every skipped candidate (format, size,
     * encoding, emptiness, or a full queue) is logged as {@code [WARN] body upload skipped: <path> (<reason>)}.
     */
    private BodyCounts enqueueBodies(Path queue, List<ArtifactFile> candidates, MissionSlug slug, String projectUuid,
                                     MissionMeta meta, long cap) throws QueueStoreException {
        List<BodyUploadDecision> decisions = candidates.stream()
                .map(file -> BodyUploads.evaluate(file, slug, projectUuid, meta)).toList();
        Instant now = clock.now();
        double createdAt = now.getEpochSecond() + now.getNano() / 1e9;
        List<dev.speckitty.sync.core.queue.BodyUpload> rows = decisions.stream()
                .filter(BodyUploadDecision.Upload.class::isInstance)
                .map(decision -> queueRow(((BodyUploadDecision.Upload) decision).row(), createdAt)).toList();
        Iterator<BodyUploadOutcome> outcomes = (rows.isEmpty() ? List.<BodyUploadOutcome>of()
                : enqueue.enqueueBodyUploads(queue, rows, cap)).iterator();
        BodyCounts counts = new BodyCounts();
        for (BodyUploadDecision decision : decisions) {
            if (decision instanceof BodyUploadDecision.Skip skip) {
                counts.skipped.add(skip);
                continue;
            }
            switch (outcomes.next()) {
                case ENQUEUED -> counts.enqueued++;
                case ALREADY_QUEUED -> counts.alreadyQueued++;
                case QUEUE_FULL -> counts.skipped.add(
                        new BodyUploadDecision.Skip(decision.artifactPath(), SkipReason.QUEUE_FULL));
            }
        }
        counts.skipped.forEach(skip -> log.warn(skip.warning()));
        return counts;
    }

    private static dev.speckitty.sync.core.queue.BodyUpload queueRow(BodyUpload upload, double createdAt) {
        return new dev.speckitty.sync.core.queue.BodyUpload(upload.projectUuid(), upload.missionSlug(),
                upload.targetBranch(), upload.missionType(), BodyUpload.MANIFEST_VERSION, upload.artifactPath(),
                upload.contentHash(), BodyUpload.HASH_ALGORITHM, upload.contentBody(), upload.sizeBytes(), createdAt);
    }
}
