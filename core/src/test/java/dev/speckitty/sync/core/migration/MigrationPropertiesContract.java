package dev.speckitty.sync.core.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.queue.CanonicalJson;
import dev.speckitty.sync.core.queue.CellValue;
import dev.speckitty.sync.core.queue.ColumnMapping;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueRow;
import dev.speckitty.sync.core.queue.QueueTable;
import dev.speckitty.sync.core.queue.ScopedQueue;
import dev.speckitty.sync.core.queue.ScopedQueueReader;
import dev.speckitty.sync.core.queue.StableKey;
import dev.speckitty.sync.core.testing.CrashAt;
import dev.speckitty.sync.core.testing.LegacyTable;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.QueueDatabaseFixture;
import dev.speckitty.sync.core.testing.QueueStoresUnderTest;
import dev.speckitty.sync.core.testing.Rows;
import dev.speckitty.sync.core.testing.ScopedContent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories properties of the migration (contract README §6), about 50 examples each, every example on a
 * fresh root: idempotent (twice = once), conservative (every legacy row ends in S or in the quarantine exactly
 * once; nothing lost), crash-resumable (a crash at any checkpoint then a rerun = one uninterrupted run).
 */
public abstract class MigrationPropertiesContract {

    private static final int EXAMPLES = 50;
    private static final BatchLimits SMALL_BATCHES = new BatchLimits(2, 1_000_000);
    private static final List<String> TABLES = List.of("queue", "body_upload_queue", "body_upload_failure_log");

    @TempDir
    protected Path dir;
    private final AtomicInteger examples = new AtomicInteger();

    protected abstract QueueStoresUnderTest stores();

    /** One generated row: which key (-1 = NULL key), which content variant. */
    record Spec(int key, int variant) {
    }

    record Scenario(List<Spec> legacyEvents, List<Spec> scopedEvents, List<Spec> legacyBodies,
                    List<Spec> scopedBodies, List<Spec> legacyFailures, List<Spec> scopedFailures) {
    }

    private static Gen<List<Spec>> specs(int minKey, int maxKey, int variants, int maxRows) {
        Gen<Spec> spec = integers().between(minKey, maxKey).zip(integers().between(0, variants - 1), Spec::new);
        return lists().of(spec).ofSizeBetween(0, maxRows);
    }

    private static Gen<Scenario> scenarios() {
        Gen<List<List<Spec>>> events = specs(-1, 5, 4, 8).zip(specs(0, 5, 4, 4), List::of);
        Gen<List<List<Spec>>> bodies = specs(0, 3, 3, 6).zip(specs(0, 3, 3, 3), List::of);
        Gen<List<List<Spec>>> failures = specs(0, 3, 3, 5).zip(specs(0, 3, 3, 3), List::of);
        return events.zip(bodies, failures, (e, b, f) -> new Scenario(e.get(0), e.get(1), b.get(0), b.get(1),
                f.get(0), f.get(1)));
    }

    private static QueueRow eventRow(long id, Spec spec) {
        // variant 3 has NULL data: an insert the scoped NOT NULL constraint rejects
        String data = spec.variant() == 3 ? null : "{\"v\":" + spec.variant() + ",\"note\":\"café\"}";
        return Rows.event(id, spec.key() < 0 ? null : "e" + spec.key(), "WPStatusChanged", data);
    }

    private static QueueRow bodyRow(long id, Spec spec) {
        return Rows.body(id, "012-m", "a" + spec.key() + ".md", "body " + spec.variant())
                .with("content_hash", CellValue.text("hash-" + spec.key()));
    }

    private static QueueRow failureRow(long id, Spec spec) {
        return Rows.failure(id, "f" + spec.key() + ".md", "namespace_not_found", spec.variant() + 1,
                1000.0 + spec.variant(), 2000.0 + 10 * spec.variant());
    }

    private record World(MigrationHarness harness, Path root, Path legacy, Path scoped) {
        QueueDatabaseFixture fixture() {
            return harness.fixture();
        }
    }

    private World arrange(Scenario scenario) throws Exception {
        Path root = dir.resolve("example-" + examples.incrementAndGet());
        World world = new World(new MigrationHarness(stores()), root, root.resolve("queue.db"),
                root.resolve("queues").resolve("queue-0123456789abcdef.db"));
        List<QueueRow> events = new ArrayList<>();
        List<QueueRow> bodies = new ArrayList<>();
        List<QueueRow> failures = new ArrayList<>();
        for (int i = 0; i < scenario.legacyEvents().size(); i++) {
            events.add(eventRow(i + 1, scenario.legacyEvents().get(i)));
        }
        for (int i = 0; i < scenario.legacyBodies().size(); i++) {
            bodies.add(bodyRow(i + 1, scenario.legacyBodies().get(i)));
        }
        for (int i = 0; i < scenario.legacyFailures().size(); i++) {
            failures.add(failureRow(i + 1, scenario.legacyFailures().get(i)));
        }
        world.fixture().createLegacy(world.legacy(), List.of(
                new LegacyTable("queue", Rows.QUEUE_COLUMNS, events),
                new LegacyTable("body_upload_queue", Rows.BODY_COLUMNS, bodies),
                new LegacyTable("body_upload_failure_log", Rows.FAILURE_COLUMNS, failures)));
        try (ScopedQueue queue = world.harness().stores.scopedQueues().openScopedForWrite(world.scoped())) {
            queue.inTransaction(tx -> {
                for (Spec spec : scenario.scopedEvents()) {
                    tx.insert(QueueTable.QUEUE, eventRow(0, spec).without("id"));
                }
                for (Spec spec : scenario.scopedBodies()) {
                    tx.insert(QueueTable.BODY_UPLOAD_QUEUE, bodyRow(0, spec).without("id"));
                }
                for (Spec spec : scenario.scopedFailures()) {
                    tx.insert(QueueTable.BODY_UPLOAD_FAILURE_LOG, failureRow(0, spec).without("id"));
                }
                return null;
            });
        }
        return world;
    }

    private static Map<String, List<String>> legacyContent(World world) {
        return Map.of("queue", json(world.fixture().rows(world.legacy(), "queue")),
                "body_upload_queue", json(world.fixture().rows(world.legacy(), "body_upload_queue")),
                "body_upload_failure_log", json(world.fixture().rows(world.legacy(), "body_upload_failure_log")));
    }

    private static List<String> json(List<QueueRow> rows) {
        return rows.stream().map(CanonicalJson::row).toList();
    }

    private static MigrationReport migrate(World world, MigrationCheckpoints checkpoints) throws Exception {
        return world.harness().migration(SMALL_BATCHES, checkpoints).migrate(world.root(), world.scoped());
    }

    @Test
    void idempotent_twice_is_once() {
        qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(scenarios()).checkAssert(scenario -> run(() -> {
            World world = arrange(scenario);
            migrate(world, MigrationCheckpoints.NONE);
            ScopedContent once = ScopedContent.of(world.fixture(), world.scoped());
            Map<String, List<String>> legacyOnce = legacyContent(world);
            MigrationReport second = migrate(world, MigrationCheckpoints.NONE);
            assertEquals(0, second.migrated() + second.quarantined());
            assertEquals(once, ScopedContent.of(world.fixture(), world.scoped()));
            assertEquals(legacyOnce, legacyContent(world));
        }));
    }

    @Test
    void conservative_every_legacy_row_ends_in_scoped_or_quarantine_exactly_once() {
        qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(scenarios()).checkAssert(scenario -> run(() -> {
            World world = arrange(scenario);
            QueueDatabaseFixture fixture = world.fixture();
            Map<QueueTable, List<QueueRow>> legacyBefore = Map.of(
                    QueueTable.QUEUE, fixture.rows(world.legacy(), "queue"),
                    QueueTable.BODY_UPLOAD_QUEUE, fixture.rows(world.legacy(), "body_upload_queue"),
                    QueueTable.BODY_UPLOAD_FAILURE_LOG, fixture.rows(world.legacy(), "body_upload_failure_log"));
            List<QueueRow> scopedBefore = new ArrayList<>();
            for (String table : TABLES) {
                scopedBefore.addAll(fixture.rows(world.scoped(), table));
            }
            long failureCountBefore = failureCountSum(fixture.rows(world.scoped(), "body_upload_failure_log"));

            MigrationReport report = migrate(world, MigrationCheckpoints.NONE);

            for (String table : TABLES) {
                assertEquals(List.of(), fixture.rows(world.legacy(), table), "legacy " + table + " drained");
            }
            List<QuarantineEntry> quarantine = world.harness().stores.inspectQueues().quarantine(world.scoped());
            long legacyRows = legacyBefore.values().stream().mapToLong(List::size).sum();
            assertEquals(legacyRows, report.migrated() + report.quarantined());
            assertEquals(report.quarantined(), quarantine.size());
            long mergedOrCopiedFailureCounts = 0;
            try (ScopedQueueReader reader = world.harness().stores.scopedQueues().openScopedReadOnly(world.scoped())
                    .orElseThrow()) {
                for (Map.Entry<QueueTable, List<QueueRow>> entry : legacyBefore.entrySet()) {
                    QueueTable table = entry.getKey();
                    ColumnMapping mapping = ColumnMapping.of(table, fixture.columns(world.legacy(), table.tableName()));
                    for (QueueRow row : entry.getValue()) {
                        String rowJson = CanonicalJson.row(mapping.readView(row));
                        long records = quarantine.stream().filter(q -> q.table().equals(table.tableName())
                                && q.legacyRowJson().equals(rowJson)).count();
                        StableKey key = StableKey.of(table, row);
                        boolean live = records == 0 && key.complete() && reader.findByKey(table, key).isPresent();
                        assertEquals(1, records + (live ? 1 : 0),
                                table + " row " + rowJson + " is in the quarantine once or live in S");
                        if (table == QueueTable.BODY_UPLOAD_FAILURE_LOG && records == 0) {
                            mergedOrCopiedFailureCounts += ((CellValue.IntegerCell) row.get("failure_count")
                                    .orElseThrow()).value();
                        }
                    }
                }
            }
            assertEquals(failureCountBefore + mergedOrCopiedFailureCounts,
                    failureCountSum(fixture.rows(world.scoped(), "body_upload_failure_log")),
                    "failure counts are neither lost nor counted twice");
            Set<String> scopedKeysAfter = new HashSet<>();
            for (String table : TABLES) {
                QueueTable t = QueueTable.valueOf(table.toUpperCase(java.util.Locale.ROOT));
                fixture.rows(world.scoped(), table).forEach(r -> scopedKeysAfter.add(table + StableKey.of(t, r).json()));
            }
            for (QueueRow before : scopedBefore) {
                boolean kept = TABLES.stream().anyMatch(table -> scopedKeysAfter.contains(table
                        + StableKey.of(QueueTable.valueOf(table.toUpperCase(java.util.Locale.ROOT)), before).json()));
                assertEquals(true, kept, "scoped row kept: " + CanonicalJson.row(before));
            }
            assertEquals(List.of(), fixture.rows(world.scoped(), "migration_ledger"));
        }));
    }

    @Test
    void crash_resumable_a_crash_anywhere_then_a_rerun_equals_one_uninterrupted_run() {
        Gen<MigrationCheckpoint> checkpoints = Generate.enumValues(MigrationCheckpoint.class);
        qt().withExamples(EXAMPLES).withShrinkCycles(20)
                .forAll(scenarios(), checkpoints, integers().between(1, 6))
                .checkAssert((scenario, checkpoint, occurrence) -> run(() -> {
                    World uninterrupted = arrange(scenario);
                    migrate(uninterrupted, MigrationCheckpoints.NONE);

                    World crashed = arrange(scenario);
                    try {
                        migrate(crashed, new CrashAt(checkpoint, occurrence));
                    } catch (CrashAt.SimulatedCrash expected) {
                        // the process "died" here; the rerun below must finish its work
                    }
                    migrate(crashed, MigrationCheckpoints.NONE);

                    assertEquals(ScopedContent.of(uninterrupted.fixture(), uninterrupted.scoped()),
                            ScopedContent.of(crashed.fixture(), crashed.scoped()));
                    assertEquals(legacyContent(uninterrupted), legacyContent(crashed));
                }));
    }

    private static long failureCountSum(List<QueueRow> rows) {
        return rows.stream().mapToLong(r -> ((CellValue.IntegerCell) r.get("failure_count").orElseThrow()).value())
                .sum();
    }

    @FunctionalInterface
    private interface Body {
        void run() throws Exception;
    }

    private static void run(Body body) {
        try {
            body.run();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
