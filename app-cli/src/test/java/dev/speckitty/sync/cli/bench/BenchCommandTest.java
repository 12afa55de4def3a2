package dev.speckitty.sync.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.speckitty.sync.cli.output.Output;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the bench in-process on a tiny queue, through the real adapters, and checks what it reports: every row
 * moved, reruns moved nothing, status saw the migrated rows, every number positive, the temporary root gone.
 * Timings are never asserted (speed targets live in docs/benchmarks.md, not in tests).
 */
class BenchCommandTest {

    private static final int EVENTS = 100;
    private static final long ROWS = EVENTS + EVENTS / 4;

    @TempDir
    Path temp;

    @Test
    void aTinyBenchMovesEveryRowReportsPositiveNumbersAndLeavesNothingBehind() throws IOException {
        Path parent = Files.createDirectory(temp.resolve("tmp"));
        RecordingOperatorLog log = new RecordingOperatorLog();
        Installation installation = new Installation("3.2.4", temp.resolve("install/lib/spec-kitty-sync.jar"),
                temp.resolve("install"));

        BenchReport report = new BenchCommand(FakeClock.at("2026-05-17T16:42:00Z"), installation, log)
                .run(EVENTS, parent);

        assertEquals(EVENTS, report.events());
        assertEquals(EVENTS / 4, report.bodyUploads());
        assertMovedEveryRow(report.batched(), 500);
        assertMovedEveryRow(report.perRow(), 1);
        assertEquals(0, report.rerun().rowsMoved());
        assertEquals(ROWS, report.status().activeQueueRows());
        assertPositive(report.batchedOverPerRow(), report.rerun().medianMillis(),
                report.locator().locatorNanosPerCall(), report.locator().existsNanosPerCall(),
                report.locator().locatorOverExists(), report.status().medianMillis(), report.totalSeconds());
        assertEquals(BenchCommand.callsPerRound(EVENTS), report.locator().callsPerRound());
        assertTrue(log.lines().stream().noneMatch(line -> line.startsWith("[WARN]") || line.startsWith("[ERROR]")),
                log.lines().toString());
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "the bench deletes its temporary root");
        }

        assertJsonDocument(render(report, true));
        String human = render(report, false);
        for (String expected : List.of("500 rows / 16 MiB", "1 row", "batched / one-row throughput:",
                "QueueLocator.defaultQueueDbPath", "Files.exists", "sync status on the migrated root")) {
            assertTrue(human.contains(expected), human);
        }
    }

    private static void assertMovedEveryRow(BenchReport.MigrationRun run, int batchRows) {
        assertEquals(batchRows, run.batchMaxRows());
        assertEquals(16L * 1024 * 1024, run.batchMaxBytes());
        assertEquals(ROWS, run.legacyRowsBefore());
        assertEquals(ROWS, run.rowsMoved());
        assertEquals(0, run.quarantined());
        assertEquals(ROWS, run.scopedRowsAfter());
        assertEquals(0, run.legacyRowsAfter());
        assertEquals(ROWS, run.rowLogLines(), "one INFO line per moved row");
        assertPositive(run.seconds(), run.rowsPerSecond(), run.heap().beforeBytes(), run.heap().peakBytes(),
                run.heap().afterBytes());
        assertTrue(run.heap().peakBytes() >= run.heap().beforeBytes());
    }

    private static void assertJsonDocument(String text) {
        JsonObject document = JsonParser.parseString(text).getAsJsonObject();
        assertEquals(Set.of("default_queue_db_path", "machine", "migration", "rows", "sync_status", "total_seconds"),
                document.keySet());
        assertEquals(EVENTS, document.getAsJsonObject("rows").get("events").getAsInt());
        JsonObject migration = document.getAsJsonObject("migration");
        assertEquals(Set.of("batched", "per_row", "batched_over_per_row", "rerun_no_op"), migration.keySet());
        for (String mode : List.of("batched", "per_row")) {
            JsonObject run = migration.getAsJsonObject(mode);
            assertEquals(ROWS, run.get("rows_moved").getAsLong());
            assertEquals(ROWS, run.get("scoped_rows_after").getAsLong());
            assertEquals(0, run.get("legacy_rows_after").getAsLong());
            assertPositive(run.get("rows_per_second").getAsDouble(), run.get("seconds").getAsDouble(),
                    run.getAsJsonObject("heap").get("peak_bytes").getAsDouble());
            assertTrue(run.getAsJsonObject("heap").get("approximate").getAsBoolean());
        }
        assertEquals(0, migration.getAsJsonObject("rerun_no_op").get("rows_moved").getAsLong());
        JsonObject locator = document.getAsJsonObject("default_queue_db_path");
        assertPositive(locator.get("locator_ns_per_call").getAsDouble(),
                locator.get("files_exists_ns_per_call").getAsDouble(),
                locator.get("locator_over_exists").getAsDouble());
        JsonObject status = document.getAsJsonObject("sync_status");
        assertEquals(ROWS, status.get("active_queue_rows").getAsLong());
        assertPositive(status.get("median_ms").getAsDouble(), document.get("total_seconds").getAsDouble());
        assertTrue(document.getAsJsonObject("machine").get("available_processors").getAsInt() >= 1);
    }

    private static void assertPositive(double... values) {
        for (double value : values) {
            assertTrue(value > 0 && Double.isFinite(value), "expected a positive number, got " + value);
        }
    }

    /** Through the output adapter, as the CLI prints it. */
    private static String render(BenchReport report, boolean json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            new Output(outStream, errStream).result(report, json);
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
