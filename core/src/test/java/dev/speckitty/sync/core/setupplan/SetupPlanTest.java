package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.FailureCode;
import dev.speckitty.sync.core.boundary.GatherBoundaryFacts;
import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.IdentitySource;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SessionStatus;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.InMemoryLamportClock;
import dev.speckitty.sync.core.testing.InMemoryLifecycleEventLog;
import dev.speckitty.sync.core.testing.InMemoryListMissionArtifacts;
import dev.speckitty.sync.core.testing.InMemoryLocateMission;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.InMemoryReadProjectInputs;
import dev.speckitty.sync.core.testing.InMemoryWritePlanScaffold;
import dev.speckitty.sync.core.testing.LegacyTable;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import dev.speckitty.sync.core.testing.Rows;
import dev.speckitty.sync.core.testing.SetupPlanProjectTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The setup-plan use case over the in-memory fakes (cli.md §14, on-disk.md §10). */
class SetupPlanTest {

    private static final Path ROOT = Path.of("/r");
    private static final Path PROJECT = Path.of("/p");
    private static final Path WORKING_DIRECTORY = PROJECT.resolve("src");
    private static final MissionSlug SLUG = new MissionSlug("012-my-mission");
    private static final Path MISSION = PROJECT.resolve("kitty-specs").resolve(SLUG.value());
    private static final String SERVER = "https://spec-kitty-dev.fly.dev";
    private static final String NODE_ID = "abcdefabcdef";
    private static final ProjectConfig CONFIG = ProjectConfig.fromEntries(
            Map.of("uuid", "p-uuid-1", "slug", "my-project", "build_id", "b-7"));
    private static final long SEED = 42;
    private static final byte[] SPEC = "# Spec\n".getBytes(StandardCharsets.UTF_8);

    private final SetupPlanProjectTree tree = new SetupPlanProjectTree();
    private final InMemoryQueueDatabases queues = new InMemoryQueueDatabases();
    private final FakeClock clock = FakeClock.at("2026-05-17T16:42:00.123456789Z");
    private final InMemoryLockFiles locks = new InMemoryLockFiles(clock);
    private final RecordingOperatorLog log = new RecordingOperatorLog();
    private final InMemoryLamportClock.Values lamport = new InMemoryLamportClock.Values();
    private final InMemoryLifecycleEventLog lifecycle = new InMemoryLifecycleEventLog(tree);
    private final InMemoryReadProjectInputs inputs = new InMemoryReadProjectInputs(log);
    private final List<Set<FailureCode>> gathered = new ArrayList<>();
    private OwnerRecordFacts ownerRecord = OwnerRecordFacts.absent(ROOT.resolve("sync/daemon/owner.json"));

    private SetupPlanOutcome run(boolean saas, ResolvedIdentity identity) {
        GatherBoundaryFacts boundary = needed -> {
            gathered.add(needed);
            return facts(identity, saas);
        };
        SetupPlan setupPlan = new SetupPlan(boundary, new InMemoryLocateMission(tree), inputs,
                new InMemoryWritePlanScaffold(tree), lifecycle, new InMemoryListMissionArtifacts(tree),
                new QueueLocator(queues, new LegacyQueueMigration(queues, queues, locks, clock, log), log), queues,
                queues, new InMemoryLamportClock(lamport, locks, NODE_ID), clock, new Random(SEED), log);
        return setupPlan.run(new SetupPlanRequest(SLUG, WORKING_DIRECTORY, saas, identity));
    }

    private BoundaryFacts facts(ResolvedIdentity identity, boolean saas) {
        ForegroundIdentity foreground = new ForegroundIdentity("3.2.4", "/i/lib/spec-kitty-sync.jar", "/i", SERVER,
                identity.identity().map(Identity::principal).orElse(null),
                identity.identity().map(Identity::team).orElse(null),
                identity.scope().map(s -> s.value()).orElse(null), identity.queuePaths().active().toString());
        return new BoundaryFacts(ROOT, saas, foreground, identity.authenticated(), ownerRecord, List.of(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());
    }

    private static ResolvedIdentity authenticated(long cap) {
        Identity identity = new Identity(IdentitySource.SESSION, "alice@example.com", "team-1", SERVER);
        SessionReport session = new SessionReport(ROOT.resolve("auth/session.json"), SessionStatus.VALID, null, null,
                "alice@example.com", "team-1", null, "file");
        return new ResolvedIdentity(ROOT, SERVER, new SyncConfig(Optional.empty(), cap, BackgroundDaemonPolicy.AUTO,
                List.of()), session, CredentialsReport.absent(ROOT.resolve("credentials")), Optional.of(identity),
                QueuePaths.of(ROOT, Optional.of(identity.scope())), List.of());
    }

    private static ResolvedIdentity authenticated() {
        return authenticated(SyncConfig.DEFAULT_MAX_QUEUE_SIZE);
    }

    private static ResolvedIdentity unauthenticated() {
        return new ResolvedIdentity(ROOT, SERVER, SyncConfig.defaults(), SessionReport.absent(
                ROOT.resolve("auth/session.json")), CredentialsReport.absent(ROOT.resolve("credentials")),
                Optional.empty(), QueuePaths.of(ROOT, Optional.empty()), List.of());
    }

    private static Path scoped() {
        return authenticated().queuePaths().scoped().orElseThrow();
    }

    private void project() {
        tree.directory(PROJECT.resolve(".kittify"));
        tree.directory(WORKING_DIRECTORY);
        tree.file(MISSION.resolve("spec.md"), SPEC);
        inputs.givenProjectConfig(PROJECT, CONFIG);
    }

    /** The local events this invocation creates: the use case draws its ULIDs from the same seeded generator. */
    private List<LifecycleEvent> expectedLocalEvents(boolean substantive) {
        return LifecycleEvent.candidates(substantive, SLUG, MissionMeta.defaults(), CONFIG, clock.now(),
                new Random(SEED));
    }

    private static String text(QueueRow row, String column) {
        return ((CellValue.TextCell) row.valueOrNull(column)).value();
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void saasEnabledWithoutIdentityIsRefusedBeforeAnythingIsReadOrWritten() {
        project();
        SetupPlanOutcome outcome = run(true, unauthenticated());
        assertInstanceOf(SetupPlanOutcome.SaasSyncUnauthenticated.class, outcome);
        assertEquals(List.of(), gathered, "the FR-011 guard comes before the boundary gate");
        assertFalse(tree.exists(MISSION.resolve("plan.md")));
        assertFalse(tree.exists(MISSION.resolve("status.events.jsonl")));
        assertFalse(queues.exists(scoped()));
        assertFalse(locks.isHeld(ROOT, LockName.CLOCK));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void anIncoherentBoundaryIsRefusedWithTheGateFailuresOnly() {
        project();
        ownerRecord = OwnerRecordFacts.unreadable(ROOT.resolve("sync/daemon/owner.json"),
                OwnerRecordReading.Reason.INVALID_JSON,
                "invalid JSON at line 1 column 2");
        SetupPlanOutcome outcome = run(true, authenticated());
        SetupPlanOutcome.BoundaryIncoherent refusal = assertInstanceOf(SetupPlanOutcome.BoundaryIncoherent.class,
                outcome);
        assertEquals(List.of(FailureCode.OWNER_RECORD_UNREADABLE), refusal.failures().stream()
                .map(f -> f.code()).toList());
        assertEquals(List.of(GatherBoundaryFacts.SETUP_PLAN_GATE), gathered);
        assertFalse(tree.exists(MISSION.resolve("plan.md")));
        assertFalse(queues.exists(scoped()));
    }

    @Test
    void withSaasDisabledTheBoundaryIsNotGatheredAndAnUnreadableOwnerRecordDoesNotMatter() {
        project();
        ownerRecord = OwnerRecordFacts.unreadable(ROOT.resolve("sync/daemon/owner.json"),
                OwnerRecordReading.Reason.INVALID_JSON, "x");
        assertInstanceOf(SetupPlanOutcome.Planned.class, run(false, authenticated()));
        assertEquals(List.of(), gathered);
    }

    @Test
    void theProjectRootIsTheNearestDirectoryWithKittify() {
        tree.directory(WORKING_DIRECTORY);
        assertEquals(new SetupPlanOutcome.ProjectRootNotFound(WORKING_DIRECTORY), run(false, unauthenticated()));
    }

    @Test
    void missingMissionAndMissingSpecAreRefusedInThatOrder() {
        tree.directory(PROJECT.resolve(".kittify"));
        tree.directory(WORKING_DIRECTORY);
        MissionPaths mission = new MissionPaths(PROJECT, SLUG);
        assertEquals(new SetupPlanOutcome.MissionNotFound(mission), run(true, authenticated()));
        tree.directory(MISSION);
        assertEquals(new SetupPlanOutcome.SpecFileMissing(mission), run(true, authenticated()));
        assertFalse(tree.exists(MISSION.resolve("plan.md")));
    }

    @Test
    void saasEnabledNeedsAProjectUuidButDisabledDoesNot() {
        project();
        inputs.givenProjectConfig(PROJECT, ProjectConfig.empty());
        assertEquals(new SetupPlanOutcome.ProjectIdentityMissing(new MissionPaths(PROJECT, SLUG)),
                run(true, authenticated()));
        assertFalse(tree.exists(MISSION.resolve("plan.md")), "step 8 comes before the first write");
        assertInstanceOf(SetupPlanOutcome.Planned.class, run(false, authenticated()));
    }

    @Test
    void withSaasDisabledOnlyTheLocalFilesAreWritten() {
        project();
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(false, unauthenticated()));
        assertEquals(PlanFileOutcome.created(), planned.plan());
        assertEquals(List.of(LifecycleEventType.SPECIFY_COMPLETED, LifecycleEventType.PLAN_STARTED),
                planned.lifecycleEventsAppended());
        assertEquals(SyncEmission.disabled(false), planned.sync());
        assertEquals(PlanScaffold.render(SLUG, MissionMeta.defaults(), clock.now()),
                new String(tree.content(MISSION.resolve("plan.md")).orElseThrow(), StandardCharsets.UTF_8));
        String expectedLines = expectedLocalEvents(false).stream().map(e -> e.toLine() + "\n")
                .reduce("", String::concat);
        assertEquals(expectedLines, new String(tree.content(MISSION.resolve("status.events.jsonl")).orElseThrow(),
                StandardCharsets.UTF_8));
        assertFalse(queues.exists(scoped()));
        assertFalse(locks.isHeld(ROOT, LockName.CLOCK));
    }

    @Test
    void withSaasEnabledEnvelopesAndBodiesGoToTheScopedQueue() throws Exception {
        project();
        tree.file(MISSION.resolve("research/notes.md"), "notes\n".getBytes(StandardCharsets.UTF_8));
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated()));

        SyncEmission sync = planned.sync();
        assertEquals(Optional.of(scoped()), sync.queueDbPath());
        assertEquals(0, sync.migratedLegacyRows());
        assertEquals(2, sync.eventsEnqueued());
        assertEquals(0, sync.eventsAlreadyQueued());
        assertEquals(3, sync.bodyUploadsEnqueued(), "plan.md (the scaffold just written), research/notes.md, spec.md");
        assertEquals(List.of(), sync.bodyUploadsSkipped());

        List<LifecycleEvent> local = expectedLocalEvents(false);
        List<QueueRow> events = queues.rows(scoped(), QueueTable.QUEUE.tableName());
        assertEquals(2, events.size());
        for (int i = 0; i < 2; i++) {
            LifecycleEvent event = local.get(i);
            QueueRow row = events.get(i);
            String envelopeId = Ulid.forEnvelope(event.eventId().value(), event.timestamp()).value();
            assertEquals(envelopeId, text(row, "event_id"));
            assertEquals(event.type().wireName(), text(row, "event_type"));
            String data = text(row, "data");
            assertTrue(data.contains("\"lamport_clock\":" + (i + 1)), data);
            assertTrue(data.contains("\"correlation_id\":\"" + event.eventId().value() + "\""), data);
            assertTrue(data.contains("\"schema_version\":\"3.0.0\""), data);
            assertTrue(data.contains("\"build_id\":\"b-7\""), data);
            assertTrue(data.contains("\"node_id\":\"" + NODE_ID + "\""), data);
            assertEquals(EnvelopeDraft.fromLocalLine(event.toJson(), CONFIG).complete(new ClockTick(i + 1, NODE_ID))
                    .data(), data);
            assertEquals(CellValue.integer(clock.now().getEpochSecond()), row.valueOrNull("timestamp"));
            assertEquals(CellValue.NULL, row.valueOrNull("coalesce_key"));
        }

        List<QueueRow> bodies = queues.rows(scoped(), QueueTable.BODY_UPLOAD_QUEUE.tableName());
        assertEquals(List.of("plan.md", "research/notes.md", "spec.md"),
                bodies.stream().map(r -> text(r, "artifact_path")).toList());
        QueueRow spec = bodies.get(2);
        assertEquals(sha256(SPEC), text(spec, "content_hash"));
        assertEquals(CellValue.integer(SPEC.length), spec.valueOrNull("size_bytes"));
        assertEquals("# Spec\n", text(spec, "content_body"));
        assertEquals("p-uuid-1", text(spec, "project_uuid"));
        assertEquals("012-my-mission", text(spec, "mission_slug"));
        assertEquals("main", text(spec, "target_branch"));
        assertEquals("software-dev", text(spec, "mission_type"));
        assertEquals("1", text(spec, "manifest_version"));
        assertEquals("sha256", text(spec, "hash_algorithm"));
        Instant now = clock.now();
        assertEquals(CellValue.real(now.getEpochSecond() + now.getNano() / 1e9), spec.valueOrNull("created_at"));
    }

    @Test
    void aRerunQueuesNothingTwiceAndDoesNotTickTheClock() {
        project();
        run(true, authenticated());
        clock.advance(java.time.Duration.ofMinutes(5));
        SetupPlanOutcome.Planned again = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated()));
        assertEquals(new PlanFileOutcome(false, false), again.plan(), "the scaffold is present, not substantive");
        assertEquals(List.of(), again.lifecycleEventsAppended());
        assertEquals(0, again.sync().eventsEnqueued());
        assertEquals(2, again.sync().eventsAlreadyQueued());
        assertEquals(0, again.sync().bodyUploadsEnqueued());
        assertEquals(2, again.sync().bodyUploadsAlreadyQueued());
        assertEquals(2, queues.rows(scoped(), "queue").size());
        assertEquals(2, queues.rows(scoped(), "body_upload_queue").size());
        try {
            assertEquals(new ClockTick(3, NODE_ID), new InMemoryLamportClock(lamport, locks, NODE_ID).tick(ROOT),
                    "the rerun ticked nothing");
        } catch (dev.speckitty.sync.core.port.LockUnavailableException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSubstantivePlanAddsPlanCompletedAndItsEnvelope() {
        project();
        tree.file(MISSION.resolve("plan.md"), "# Plan\nReal content.\n".getBytes(StandardCharsets.UTF_8));
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated()));
        assertEquals(new PlanFileOutcome(false, true), planned.plan());
        assertEquals(List.of(LifecycleEventType.values()), planned.lifecycleEventsAppended());
        assertEquals(3, planned.sync().eventsEnqueued());
        assertEquals(List.of("SpecifyCompleted", "PlanStarted", "PlanCompleted"),
                queues.rows(scoped(), "queue").stream().map(r -> text(r, "event_type")).toList());
    }

    @Test
    void legacyRowsAreMigratedIntoTheScopedQueueFirst() {
        project();
        Path legacy = ROOT.resolve("queue.db");
        queues.createLegacy(legacy, List.of(new LegacyTable("queue", Rows.QUEUE_COLUMNS,
                List.of(Rows.event(1, "legacy-1", "SpecifyCompleted", "{}"), Rows.event(2, "legacy-2",
                        "PlanStarted", "{}")))));
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated()));
        assertEquals(2, planned.sync().migratedLegacyRows());
        assertEquals(2, planned.sync().eventsEnqueued());
        List<String> ids = queues.rows(scoped(), "queue").stream().map(r -> text(r, "event_id")).toList();
        assertEquals(List.of("legacy-1", "legacy-2"), ids.subList(0, 2), "legacy rows come first");
        assertEquals(4, ids.size());
        assertEquals(List.of(), queues.rows(legacy, "queue"));
    }

    @Test
    void skippedArtifactsAreReportedAndWarnedInPathOrder() {
        project();
        tree.file(MISSION.resolve("research/data.bin"), new byte[] {1, 2});
        tree.file(MISSION.resolve("research/empty.md"), new byte[0]);
        tree.file(MISSION.resolve("contracts/bad.md"), new byte[] {(byte) 0xff, 'a'});
        tree.file(MISSION.resolve("checklists/big.md"), new byte[(int) BodyUploads.MAX_BODY_BYTES + 1]);
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated()));
        List<BodyUploadDecision.Skip> expected = List.of(
                new BodyUploadDecision.Skip("checklists/big.md", SkipReason.OVERSIZED),
                new BodyUploadDecision.Skip("contracts/bad.md", SkipReason.NOT_VALID_UTF8),
                new BodyUploadDecision.Skip("research/data.bin", SkipReason.UNSUPPORTED_FORMAT),
                new BodyUploadDecision.Skip("research/empty.md", SkipReason.EMPTY_CONTENT));
        assertEquals(expected, planned.sync().bodyUploadsSkipped());
        assertEquals(expected.stream().map(s -> "[WARN] " + s.warning()).toList(), log.lines());
        assertEquals(2, planned.sync().bodyUploadsEnqueued());
    }

    @Test
    void aFullBodyQueueSkipsWithQueueFull() {
        project();
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated(1)));
        assertEquals(1, planned.sync().bodyUploadsEnqueued());
        assertEquals(List.of(new BodyUploadDecision.Skip("spec.md", SkipReason.QUEUE_FULL)),
                planned.sync().bodyUploadsSkipped());
        assertTrue(log.lines().contains("[WARN] body upload skipped: spec.md (queue_full)"), log.lines()::toString);
        assertEquals(2, planned.sync().eventsEnqueued());
        assertEquals(1, queues.rows(scoped(), "queue").size(), "a cap of 1 evicts the older event");
        assertEquals(1, planned.sync().capacityWarnings().size());
        assertTrue(planned.sync().capacityWarnings().get(0).startsWith("Offline queue at capacity (1 events)."));
    }

    @Test
    void aQueueErrorIsAQueueWriteFailureAndTheProjectFilesStay() {
        project();
        queues.failScopedOpen(scoped(), "attempt to write a readonly database");
        SetupPlanOutcome outcome = run(true, authenticated());
        assertEquals(new SetupPlanOutcome.QueueWriteFailed(scoped(), "attempt to write a readonly database"), outcome);
        assertTrue(tree.exists(MISSION.resolve("plan.md")));
        assertTrue(tree.exists(MISSION.resolve("status.events.jsonl")));
        try {
            assertEquals(new ClockTick(1, NODE_ID), new InMemoryLamportClock(lamport, locks, NODE_ID).tick(ROOT),
                    "a queue that cannot be opened fails before the clock is ticked");
        } catch (dev.speckitty.sync.core.port.LockUnavailableException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aClockLockTimeoutIsAQueueWriteFailure() {
        project();
        locks.holdElsewhere(ROOT, LockName.CLOCK);
        SetupPlanOutcome outcome = run(true, authenticated());
        assertEquals(new SetupPlanOutcome.QueueWriteFailed(scoped(), "could not acquire "
                + ROOT.resolve("clock.lock") + " within 10s"), outcome);
        assertEquals(List.of(), queues.rows(scoped(), "queue"), "no envelope without its tick");
        assertEquals(List.of(), queues.rows(scoped(), "body_upload_queue"), "the bodies come after the envelopes");
    }

    @Test
    void aProjectFileThatCannotBeWrittenIsAProjectWriteFailure() {
        project();
        tree.directory(MISSION.resolve("status.events.jsonl"));
        SetupPlanOutcome outcome = run(true, authenticated());
        assertEquals(new SetupPlanOutcome.ProjectWriteFailed(MISSION.resolve("status.events.jsonl"),
                "not a regular file"), outcome);
        assertTrue(tree.exists(MISSION.resolve("plan.md")), "what was already written stays");
        assertFalse(queues.exists(scoped()));
    }

    @Test
    void theScaffoldUsesTheFriendlyNameAndTheUtcDate() {
        project();
        inputs.givenMissionMeta(MISSION, new MissionMeta("research", "develop", java.util.OptionalLong.of(12),
                Optional.of("My Mission")));
        run(true, authenticated());
        String plan = new String(tree.content(MISSION.resolve("plan.md")).orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(plan.startsWith(PlanScaffold.MARKER + "\n# Implementation Plan: My Mission\n\n**Mission**: "
                + "012-my-mission | **Date**: 2026-05-17 | **Spec**: spec.md\n"), plan);
        QueueRow body = queues.rows(scoped(), "body_upload_queue").get(0);
        assertEquals("develop", text(body, "target_branch"));
        assertEquals("research", text(body, "mission_type"));
        assertArrayEquals(plan.getBytes(StandardCharsets.UTF_8), text(body, "content_body")
                .getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unusableEnvelopeLinesAreWarnedAboutAndTheOthersStillQueued() {
        project();
        JsonValue.Obj broken = JsonValue.object().put("event_type", "SpecifyCompleted")
                .put("payload", JsonValue.object().put("mission_slug", SLUG.value())
                        .put("artifact_path", "kitty-specs/012-my-mission/spec.md").build())
                .put("timestamp", "not a time").build();
        String line = CanonicalJson.write(broken);
        lifecycle.learn(Map.of(line, broken));
        tree.file(MISSION.resolve("status.events.jsonl"), (line + "\n").getBytes(StandardCharsets.UTF_8));
        SetupPlanOutcome.Planned planned = assertInstanceOf(SetupPlanOutcome.Planned.class,
                run(true, authenticated()));
        assertEquals(List.of(LifecycleEventType.PLAN_STARTED), planned.lifecycleEventsAppended());
        assertEquals(1, planned.sync().eventsEnqueued());
        assertEquals(List.of("[WARN] SpecifyCompleted line in status.events.jsonl cannot be queued: event_id is not"
                + " a string"), log.lines());
    }
}
