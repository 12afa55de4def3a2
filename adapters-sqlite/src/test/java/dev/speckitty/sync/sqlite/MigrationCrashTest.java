package dev.speckitty.sync.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.migration.MigrationCheckpoint;
import dev.speckitty.sync.core.migration.MigrationCheckpoints;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.queue.BatchLimits;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.MigrationHarness;
import dev.speckitty.sync.core.testing.ScopedContent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A real crash: a child JVM migrates a copy of the reference fixtures and is killed with SIGKILL at a chosen
 * checkpoint (on-disk.md §7.4); the migration is then rerun in this JVM. The end state must equal one
 * uninterrupted run on another copy: nothing lost, nothing duplicated, the ledger empty. Every wait is bounded.
 */
class MigrationCrashTest {

    private static final int BATCH_ROWS = 5;
    private static final long STEP_TIMEOUT_SECONDS = 20;
    private static final String SCOPED_NAME = "queue-8b85169673aa98b5.db";

    @TempDir
    Path dir;

    /** The same wall clock in the child and here, so quarantine timestamps match. */
    static FakeClock clock() {
        return new FakeClock(Instant.parse("2026-05-17T16:42:00.750Z"));
    }

    private static Path arrange(Path root) {
        SharedFixtures.copy("legacy-queue-me.db", root.resolve("queue.db"));
        return SharedFixtures.copy("scoped-queue-overlap.db", root.resolve("queues").resolve(SCOPED_NAME));
    }

    private static MigrationReport migrateHere(Path root, Path scoped) throws Exception {
        MigrationHarness harness = new MigrationHarness(new SqliteStores());
        return harness.migration(new BatchLimits(BATCH_ROWS, 16L * 1024 * 1024), MigrationCheckpoints.NONE)
                .migrate(root, scoped);
    }

    @ParameterizedTest(name = "killed at {0} #{1}")
    @CsvSource({"BEFORE_APPLY_COMMIT, 2, 0", "AFTER_APPLY_COMMIT, 3, 5", "AFTER_DELETE_COMMIT, 5, 4",
            "BEFORE_PRUNE, 7, 5"})
    void a_migration_killed_at_a_checkpoint_resumes_to_the_uninterrupted_result(MigrationCheckpoint checkpoint,
            int occurrence, int ledgerEntriesLeft) throws Exception {
        Path cleanRoot = dir.resolve("uninterrupted");
        Path cleanScoped = arrange(cleanRoot);
        migrateHere(cleanRoot, cleanScoped);

        Path root = dir.resolve("crashed");
        Path scoped = arrange(root);
        List<String> steps = runChildUntil(root, scoped, checkpoint, occurrence);
        assertEquals("STEP " + checkpoint, steps.get(steps.size() - 1).substring(0, ("STEP " + checkpoint).length()),
                "killed at the chosen step: " + steps);
        SqliteFixture fixture = new SqliteFixture();
        assertEquals(ledgerEntriesLeft, fixture.rows(scoped, "migration_ledger").size(),
                "the kill left the batch's ledger entries (an uncommitted apply leaves none)");

        MigrationReport resumed = migrateHere(root, scoped);
        assertEquals(MigrationReport.Outcome.RAN, resumed.outcome());
        assertEquals(ScopedContent.of(fixture, cleanScoped), ScopedContent.of(fixture, scoped));
        assertEquals(24, fixture.rows(scoped, "queue").size(), "no event lost or duplicated");
        assertEquals(12, fixture.rows(scoped, "body_upload_queue").size());
        assertEquals(3, fixture.rows(scoped, "body_upload_failure_log").size());
        assertEquals(1, fixture.rows(scoped, "migration_quarantine").size());
        assertEquals(List.of(), fixture.rows(scoped, "migration_ledger"));
        for (String table : List.of("queue", "body_upload_queue", "body_upload_failure_log")) {
            assertEquals(List.of(), fixture.rows(root.resolve("queue.db"), table));
        }
    }

    /** Starts the child, lets it pass every step until the chosen one, then kills it there. */
    private List<String> runChildUntil(Path root, Path scoped, MigrationCheckpoint checkpoint, int occurrence)
            throws Exception {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path")));
        String sqliteTmp = System.getProperty("org.sqlite.tmpdir");
        if (sqliteTmp != null) {
            command.add("-Dorg.sqlite.tmpdir=" + sqliteTmp);
        }
        command.addAll(List.of(CrashableMigrationMain.class.getName(), root.toString(), scoped.toString(),
                Integer.toString(BATCH_ROWS)));
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        List<String> steps = new ArrayList<>();
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader out = new BufferedReader(
                        new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        lines.add(line);
                    }
                } catch (IOException closedByKill) {
                    // the child died; the queue simply receives no more lines
                }
            }, "crash-child-stdout");
            reader.setDaemon(true);
            reader.start();
            OutputStream in = child.getOutputStream();
            int seen = 0;
            while (true) {
                String line = lines.poll(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                assertNotNull(line, () -> "child gave no step within " + STEP_TIMEOUT_SECONDS + " s; stderr: "
                        + readQuietly(stderr) + "; steps: " + steps);
                steps.add(line);
                assertTrue(line.startsWith("STEP "), () -> "child ended before the kill point: " + steps
                        + "; stderr: " + readQuietly(stderr));
                if (line.startsWith("STEP " + checkpoint + " ") && ++seen == occurrence) {
                    child.destroyForcibly();
                    assertTrue(child.waitFor(10, TimeUnit.SECONDS), "the killed child exits");
                    assertFalse(child.isAlive());
                    return steps;
                }
                in.write("go\n".getBytes(StandardCharsets.UTF_8));
                in.flush();
            }
        } finally {
            if (child.isAlive()) {
                child.destroyForcibly();
                child.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
