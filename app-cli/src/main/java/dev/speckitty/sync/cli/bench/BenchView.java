package dev.speckitty.sync.cli.bench;

import com.google.gson.JsonObject;
import dev.speckitty.sync.core.identity.QueuePaths;
import java.util.Locale;

/**
 * The two renderings of a {@link BenchReport}: a human table and the members of the JSON document (the output
 * adapter prints them sorted and indented like every other document).
 */
public final class BenchView {

    private static final double MIB = 1024.0 * 1024.0;

    private BenchView() {
    }

    public static String human(BenchReport report) {
        BenchReport.Machine machine = report.machine();
        BenchReport.LocatorCost locator = report.locator();
        StringBuilder text = new StringBuilder();
        line(text, "spec-kitty bench: %d legacy events + %d body uploads, on a temporary root (deleted)",
                report.events(), report.bodyUploads());
        line(text, "Java %s (%s), %d processor(s), max heap %.0f MiB, temp file store %s, load average %.2f",
                machine.javaVersion(), machine.javaVm(), machine.availableProcessors(), machine.maxHeapBytes() / MIB,
                machine.tempFileStore(), machine.loadAverageAtStart());
        line(text, "");
        line(text, "Legacy -> scoped migration (identical copies, same run)");
        line(text, "  %-24s %10s %10s %12s %16s", "batch limits", "rows", "seconds", "rows/s", "peak heap (MiB)");
        migrationLine(text, "500 rows / 16 MiB", report.batched());
        migrationLine(text, "1 row", report.perRow());
        line(text, "  batched / one-row throughput: %.1fx", report.batchedOverPerRow());
        line(text, "  rerun on the finished state (no-op): %.2f ms (median of %d)", report.rerun().medianMillis(),
                report.rerun().runs());
        line(text, "  peak heap: summed heap-pool peaks minus the heap in use (after a GC hint) before the run;"
                + " approximate");
        line(text, "");
        line(text, "default_queue_db_path() with <R>/%s absent (%d calls per round, median of %d rounds)",
                QueuePaths.LEGACY_FILE_NAME, locator.callsPerRound(), locator.rounds());
        line(text, "  %-34s %10.0f ns/call", "QueueLocator.defaultQueueDbPath", locator.locatorNanosPerCall());
        line(text, "  %-34s %10.0f ns/call", "Files.exists (no link following)", locator.existsNanosPerCall());
        line(text, "  locator / bare exists: %.2fx", locator.locatorOverExists());
        line(text, "");
        line(text, "sync status on the migrated root (new production component per run, median of %d)",
                report.status().runs());
        line(text, "  %.2f ms per status (active queue: %d rows)", report.status().medianMillis(),
                report.status().activeQueueRows());
        line(text, "");
        line(text, "Total bench time: %.1f s", report.totalSeconds());
        return text.toString();
    }

    /** The top-level members of the {@code --json} document. */
    public static JsonObject json(BenchReport report) {
        JsonObject document = new JsonObject();
        BenchReport.Machine machine = report.machine();
        JsonObject machineJson = new JsonObject();
        machineJson.addProperty("java_version", machine.javaVersion());
        machineJson.addProperty("java_vm", machine.javaVm());
        machineJson.addProperty("available_processors", machine.availableProcessors());
        machineJson.addProperty("max_heap_bytes", machine.maxHeapBytes());
        machineJson.addProperty("temp_file_store", machine.tempFileStore());
        machineJson.addProperty("load_average_at_start", machine.loadAverageAtStart());
        document.add("machine", machineJson);

        JsonObject rows = new JsonObject();
        rows.addProperty("events", report.events());
        rows.addProperty("body_uploads", report.bodyUploads());
        document.add("rows", rows);

        JsonObject migration = new JsonObject();
        migration.add("batched", json(report.batched()));
        migration.add("per_row", json(report.perRow()));
        migration.addProperty("batched_over_per_row", report.batchedOverPerRow());
        JsonObject rerun = new JsonObject();
        rerun.addProperty("runs", report.rerun().runs());
        rerun.addProperty("median_ms", report.rerun().medianMillis());
        rerun.addProperty("rows_moved", report.rerun().rowsMoved());
        migration.add("rerun_no_op", rerun);
        document.add("migration", migration);

        BenchReport.LocatorCost locator = report.locator();
        JsonObject locatorJson = new JsonObject();
        locatorJson.addProperty("legacy_queue_present", false);
        locatorJson.addProperty("calls_per_round", locator.callsPerRound());
        locatorJson.addProperty("rounds", locator.rounds());
        locatorJson.addProperty("locator_ns_per_call", locator.locatorNanosPerCall());
        locatorJson.addProperty("files_exists_ns_per_call", locator.existsNanosPerCall());
        locatorJson.addProperty("locator_over_exists", locator.locatorOverExists());
        document.add("default_queue_db_path", locatorJson);

        JsonObject status = new JsonObject();
        status.addProperty("runs", report.status().runs());
        status.addProperty("median_ms", report.status().medianMillis());
        status.addProperty("active_queue_rows", report.status().activeQueueRows());
        status.addProperty("measured", "new production component per run: root safety check, identity"
                + " resolution, fact gathering and evaluation; no JVM start, parsing or rendering");
        document.add("sync_status", status);

        document.addProperty("total_seconds", report.totalSeconds());
        return document;
    }

    private static JsonObject json(BenchReport.MigrationRun run) {
        JsonObject json = new JsonObject();
        json.addProperty("batch_max_rows", run.batchMaxRows());
        json.addProperty("batch_max_bytes", run.batchMaxBytes());
        json.addProperty("legacy_rows_before", run.legacyRowsBefore());
        json.addProperty("rows_moved", run.rowsMoved());
        json.addProperty("quarantined", run.quarantined());
        json.addProperty("scoped_rows_after", run.scopedRowsAfter());
        json.addProperty("legacy_rows_after", run.legacyRowsAfter());
        json.addProperty("row_log_lines", run.rowLogLines());
        json.addProperty("seconds", run.seconds());
        json.addProperty("rows_per_second", run.rowsPerSecond());
        JsonObject heap = new JsonObject();
        heap.addProperty("approximate", true);
        heap.addProperty("before_bytes", run.heap().beforeBytes());
        heap.addProperty("peak_bytes", run.heap().peakBytes());
        heap.addProperty("peak_above_baseline_bytes", run.heap().peakAboveBaselineBytes());
        heap.addProperty("after_bytes", run.heap().afterBytes());
        json.add("heap", heap);
        return json;
    }

    private static void migrationLine(StringBuilder text, String limits, BenchReport.MigrationRun run) {
        line(text, "  %-24s %10d %10.3f %12.0f %16.1f", limits, run.rowsMoved(), run.seconds(), run.rowsPerSecond(),
                run.heap().peakAboveBaselineBytes() / MIB);
    }

    private static void line(StringBuilder text, String format, Object... values) {
        text.append(String.format(Locale.ROOT, format, values)).append('\n');
    }
}
