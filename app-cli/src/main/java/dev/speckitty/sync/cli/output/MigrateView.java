package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import dev.speckitty.sync.cli.command.MigrationFailed;
import dev.speckitty.sync.cli.command.MigrationRun;
import dev.speckitty.sync.cli.command.QuarantineListing;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.migration.TableReport;
import dev.speckitty.sync.core.queue.QuarantineEntry;
import dev.speckitty.sync.core.queue.QueueTable;
import java.util.List;

/** {@code sync migrate}: the reports of cli.md §6.2/§6.3, its failure (§6.1 step 3) and the quarantine listing. */
final class MigrateView {

    private static final int TABLE_WIDTH = 25;
    static final String MIGRATION_FAILED = "MIGRATION_FAILED";

    private MigrateView() {
    }

    static String human(MigrationRun run) {
        MigrationReport report = run.report();
        if (report.outcome() == MigrationReport.Outcome.NO_LEGACY_QUEUE) {
            return new Text().line("No legacy queue at " + report.legacy() + "; nothing to migrate.").toString();
        }
        if (report.outcome() == MigrationReport.Outcome.NO_QUEUE_TABLES) {
            return new Text().line("Legacy queue " + report.legacy() + " has no queue tables; nothing to migrate.")
                    .toString();
        }
        Text text = new Text().line((report.dryRun() ? "Dry run: would migrate " : "Migrated ") + report.migrated()
                + " row(s) from " + report.legacy() + " to " + report.scoped());
        for (QueueTable table : QueueTable.values()) {
            TableReport counts = report.table(table);
            text.line(Text.row(table.tableName(), "copied=" + counts.copied() + " duplicate=" + counts.duplicate()
                    + " merged=" + counts.merged() + " quarantined=" + counts.quarantined() + " remaining="
                    + counts.remaining(), TABLE_WIDTH));
        }
        if (report.quarantined() > 0) { // clarifications #14: only when Q > 0
            text.line("Quarantined " + report.quarantined() + " row(s) into table migration_quarantine of "
                    + report.scoped() + ".");
        }
        return text.toString();
    }

    static Json.Obj json(MigrationRun run) {
        MigrationReport report = run.report();
        Json.Obj tables = Json.object();
        for (QueueTable table : QueueTable.values()) {
            TableReport counts = report.table(table);
            tables.put(table.tableName(), Json.object()
                    .put("copied", counts.copied())
                    .put("duplicate", counts.duplicate())
                    .put("merged", counts.merged())
                    .put("quarantined", counts.quarantined())
                    .put("remaining", counts.remaining())
                    .put("dropped_columns", Json.strings(counts.droppedColumns())));
        }
        return Json.object()
                .put("dry_run", report.dryRun())
                .put("scope", run.scope())
                .put("legacy_db_path", report.legacy().toString())
                .put("legacy_exists", report.outcome() != MigrationReport.Outcome.NO_LEGACY_QUEUE)
                .put("scoped_db_path", report.scoped().toString())
                .put("tables", tables)
                .put("migrated", report.migrated())
                .put("quarantined", report.quarantined())
                .put("remaining_legacy_rows", report.remainingLegacyRows());
    }

    /** stderr, human mode: {@code Migration failed: <reason>} and R14. */
    static String human(MigrationFailed failed) {
        return new Text().line(firstLine(safe(failed.reason()))).line("  Remediation: " + Remediation.R14).toString();
    }

    static Json.Obj json(MigrationFailed failed) {
        return Json.object().put("error_code", MIGRATION_FAILED).put("error", firstLine(failed.reason()))
                .put("remediation", Json.strings(List.of(Remediation.R14)));
    }

    private static String firstLine(String reason) {
        return "Migration failed: " + reason;
    }

    static String human(QuarantineListing listing) {
        if (listing.entries().isEmpty()) {
            return new Text().line("No quarantined rows.").toString();
        }
        Text text = new Text();
        for (QuarantineEntry entry : listing.entries()) {
            text.line(safe(entry.table()) + "  " + safe(entry.stableKey()) + "  " + safe(entry.reason()) + "  "
                    + safe(entry.quarantinedAt()));
        }
        return text.toString();
    }

    static Json.Obj json(QuarantineListing listing) {
        return Json.object()
                .put("scope", listing.scope())
                .put("scoped_db_path", listing.scopedDbPath().toString())
                .put("quarantine", Json.objects(listing.entries().stream().map(entry -> Json.object()
                        .put("table", entry.table())
                        .put("stable_key", entry.stableKey())
                        .put("reason", entry.reason())
                        .put("quarantined_at", entry.quarantinedAt())
                        .put("legacy_row", row(entry.legacyRowJson()))
                        .put("scoped_row", row(entry.scopedRowJson()))).toList()));
    }

    /** A stored row JSON, parsed; a text that is not JSON is shown as the string it is. */
    private static JsonElement row(String rowJson) {
        if (rowJson == null) {
            return JsonNull.INSTANCE;
        }
        return Json.parseStrict(rowJson).orElseGet(() -> new JsonPrimitive(rowJson));
    }
}
