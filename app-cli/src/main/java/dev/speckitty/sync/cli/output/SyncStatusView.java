package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import dev.speckitty.sync.cli.command.SyncStatus;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.OrphanReason;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code sync status}: the human report of cli.md §5.2 and the JSON document of §5.3. */
final class SyncStatusView {

    private static final String UNREADABLE = "unreadable";

    private SyncStatusView() {
    }

    static String human(SyncStatus status) {
        BoundaryFacts facts = status.facts();
        ForegroundIdentity foreground = facts.foreground();
        Text text = new Text().line("Spec Kitty Sync Status").blank()
                .line("Foreground")
                .row("CLI version", safe(foreground.packageVersion()))
                .row("Executable path", foreground.executablePath())
                .row("Source checkout path", foreground.sourceCheckoutPath())
                .row("Server URL", safe(foreground.serverUrl()))
                .row("SaaS sync", facts.saasSyncEnabled() ? "enabled" : "disabled")
                .row("Authenticated", status.identity().identity()
                        .map(i -> "yes (" + i.source().wireName() + ")").orElse("no"))
                .row("Auth principal", safe(foreground.authPrincipal()))
                .row("Auth team", safe(foreground.authTeam()))
                .row("Auth scope", safe(foreground.authScope()))
                .blank();

        QueueInspection active = status.activeQueue();
        boolean scoped = status.identity().queuePaths().activeIsScoped();
        text.line("Active queue")
                .row("Path", active.path())
                .row("Scoped", scoped ? "yes" : "no")
                .row("Event count", count(active, active.eventCount()))
                .row("Body upload count", count(active, active.bodyUploadCount()))
                .row("Quarantined rows", scoped ? count(active, active.quarantineCount()) : "0")
                .blank();

        QueueInspection legacy = status.legacyQueue();
        text.line("Legacy queue")
                .row("Path", legacy.path())
                .row("Event count", count(legacy, legacy.eventCount()))
                .row("Body upload count", count(legacy, legacy.bodyUploadCount()))
                .row("Failure log count", count(legacy, legacy.failureLogCount()))
                .row("Rows in scope", legacy.readable() ? String.valueOf(legacy.rowsInScope()) : UNREADABLE);
        facts.strandedMissionSlug().ifPresent(slug ->
                text.row("Stranded mission", "setup-plan stranded mission slug " + safe(slug)));
        text.blank();

        Optional<RecordedDaemon> daemon = facts.recordedDaemon();
        text.line("Daemon").row("Status", daemon.map(d -> d.healthy() ? "running" : "recorded but not healthy")
                .orElse("not running"));
        daemon.ifPresent(d -> text.row("URL", safe(d.url())));
        text.row("PID", daemon.map(SyncStatusView::pid).orElse(null))
                .row("Port", daemon.map(d -> d.port().value()).orElse(null))
                .blank();

        ownerRecord(text, facts.ownerRecord());

        text.line("Diagnostics")
                .row("Mismatched fields", facts.mismatches().isEmpty() ? "none" : facts.mismatches().stream()
                        .map(m -> m.field().key()).collect(Collectors.joining(", ")))
                .row("Orphan daemon records", orphanRecordCount(facts))
                .row("Live orphan daemons", facts.liveOrphanPorts().size())
                .blank();
        if (!status.liveOrphans().isEmpty()) {
            text.line("Live orphan daemons");
            status.liveOrphans().forEach(orphan -> text.line(OrphanViews.line(orphan)));
            text.blank();
        }

        if (!status.check()) {
            text.line("Run `spec-kitty sync status --check` to verify boundary coherence.");
        } else if (status.ok()) {
            text.line("Identity boundary check: OK");
        } else {
            text.line("Identity boundary check FAILED:");
            status.failures().forEach(failure -> failureEntry(text, failure.humanMessage(), failure.mismatches(),
                    failure.remediation()));
        }
        return text.toString();
    }

    /** One {@code !} entry with its mismatch lines and remediation (cli.md §3.6, §5.2). */
    static void failureEntry(Text text, String humanMessage, List<FieldMismatch> mismatches, String remediation) {
        text.line("  ! " + humanMessage);
        for (FieldMismatch mismatch : mismatches) {
            text.line("    " + mismatch.field().key() + ": foreground=" + orUnset(mismatch.foregroundValue())
                    + " daemon=" + orUnset(mismatch.daemonValue()));
        }
        text.line("    Remediation: " + remediation);
    }

    private static String orUnset(String value) {
        return value == null ? Text.UNSET : safe(value);
    }

    private static void ownerRecord(Text text, OwnerRecordFacts owner) {
        text.line("Daemon owner record").row("Status", owner.state());
        Function<Function<OwnerRecord, Object>, Object> field = getter -> owner.state().equals("absent")
                ? Text.ABSENT
                : owner.record().map(getter).map(v -> v instanceof String s ? safe(s) : v).orElse(null);
        text.row("PID", field.apply(OwnerRecord::pid))
                .row("Port", field.apply(OwnerRecord::port))
                .row("Package version", field.apply(OwnerRecord::packageVersion))
                .row("Executable path", field.apply(OwnerRecord::executablePath))
                .row("Source checkout path", field.apply(OwnerRecord::sourceCheckoutPath))
                .row("Server URL", field.apply(OwnerRecord::serverUrl))
                .row("Auth scope", field.apply(OwnerRecord::authScope))
                .row("Queue DB path", field.apply(OwnerRecord::queueDbPath))
                .row("Started at", field.apply(OwnerRecord::startedAt));
        if (owner.isOrphan()) {
            text.row("Orphan reasons", owner.orphanReasons().stream().map(OrphanReason::code)
                    .collect(Collectors.joining(", ")));
        }
        owner.unreadable().ifPresent(unreadable ->
                text.row("Unreadable reason", unreadable.reason().code() + ": " + safe(unreadable.detail())));
        text.blank();
    }

    private static String count(QueueInspection queue, Long value) {
        return queue.readable() ? String.valueOf(value) : UNREADABLE;
    }

    private static int orphanRecordCount(BoundaryFacts facts) {
        return facts.ownerRecord().isOrphan() ? 1 : 0;
    }

    static Json.Obj json(SyncStatus status) {
        BoundaryFacts facts = status.facts();
        ForegroundIdentity foreground = facts.foreground();
        Optional<Identity> identity = status.identity().identity();
        int orphanRecords = orphanRecordCount(facts);
        return Json.object()
                .put("schema_version", 1)
                .put("check", status.check())
                .put("ok", status.ok())
                .put("exit_code", status.exitCode())
                .put("saas_sync_enabled", facts.saasSyncEnabled())
                .put("auth_required", facts.saasSyncEnabled())
                .put("auth_present", facts.authenticated())
                .put("foreground", Json.object()
                        .put("package_version", foreground.packageVersion())
                        .put("executable_path", foreground.executablePath())
                        .put("source_checkout_path", foreground.sourceCheckoutPath())
                        .put("server_url", foreground.serverUrl())
                        .put("identity_source", identity.map(i -> i.source().wireName()).orElse(null))
                        .put("auth_principal", foreground.authPrincipal())
                        .put("auth_team", foreground.authTeam())
                        .put("auth_scope", foreground.authScope())
                        .put("queue_db_path", foreground.queueDbPath())
                        .put("active_queue_scope_marker", status.scopeMarker().wireName()))
                .put("active_queue", activeQueue(status.activeQueue(), status.identity().queuePaths().activeIsScoped()))
                .put("legacy_queue", legacyQueue(status.legacyQueue(), facts.strandedMissionSlug()))
                .put("daemon", daemon(facts.recordedDaemon()))
                .put("daemon_owner_record", ownerRecord(facts.ownerRecord()))
                .put("mismatches", Json.objects(facts.mismatches().stream().map(SyncStatusView::mismatch).toList()))
                .put("orphan_record_count", orphanRecords)
                .put("live_orphan_daemon_count", facts.liveOrphanPorts().size())
                .put("orphan_daemon_count", orphanRecords + facts.liveOrphanPorts().size())
                .put("live_orphan_daemons", Json.objects(OrphanViews.identityRecords(status.liveOrphans())))
                .put("daemon_scan_diagnostic", facts.scanDiagnostic().orElse(null))
                .put("failures", Json.objects(status.failures().stream().map(SyncStatusView::failure).toList()));
    }

    static Json.Obj mismatch(FieldMismatch mismatch) {
        return Json.object().put("field", mismatch.field().key())
                .put("foreground_value", mismatch.foregroundValue())
                .put("daemon_value", mismatch.daemonValue());
    }

    private static Json.Obj failure(BoundaryFailure failure) {
        return Json.object().put("code", failure.code().wireName()).put("message", failure.message())
                .put("remediation", failure.remediation());
    }

    /** {@code active_queue} of §5.3 (also of {@code sync doctor}). */
    static Json.Obj activeQueue(QueueInspection active, boolean scoped) {
        return Json.object()
                .put("path", active.path().toString())
                .put("scoped", scoped)
                .put("exists", active.exists())
                .put("event_count", active.eventCount())
                .put("body_upload_count", active.bodyUploadCount())
                .put("failure_log_count", active.failureLogCount())
                // The legacy DB has no quarantine table: 0 whenever it is the active queue.
                .put("quarantine_count", scoped ? active.quarantineCount() : Long.valueOf(0));
    }

    /** {@code legacy_queue} of §5.3 (also of {@code sync doctor}). */
    static Json.Obj legacyQueue(QueueInspection legacy, Optional<String> strandedSlug) {
        return Json.object()
                .put("path", legacy.path().toString())
                .put("exists", legacy.exists())
                .put("event_count", legacy.eventCount())
                .put("body_upload_count", legacy.bodyUploadCount())
                .put("failure_log_count", legacy.failureLogCount())
                .put("rows_in_scope", legacy.readable() ? Long.valueOf(legacy.rowsInScope()) : null)
                .put("stranded_mission_slug", strandedSlug.orElse(null));
    }

    /** {@code daemon} of §5.3 (also of {@code sync doctor}): the state file plus one health probe. */
    static Json.Obj daemon(Optional<RecordedDaemon> recorded) {
        Optional<HealthReport> health = recorded.flatMap(RecordedDaemon::health);
        return Json.object()
                .put("registered", recorded.isPresent())
                .put("healthy", recorded.map(RecordedDaemon::healthy).orElse(false))
                .put("url", recorded.map(RecordedDaemon::url).orElse(null))
                .put("pid", recorded.map(SyncStatusView::pid).orElse(null))
                .put("port", recorded.map(d -> d.port().value()).orElse(null))
                .put("package_version", health.map(HealthReport::packageVersion).orElse(null))
                .put("protocol_version", health.map(HealthReport::protocolVersion).orElse(null));
    }

    /** The pid reports show (clarifications #19), or null. */
    static Long pid(RecordedDaemon daemon) {
        return daemon.reportedPid().isPresent() ? daemon.reportedPid().getAsLong() : null;
    }

    /** {@code daemon_owner_record} of §5.3: no token; every field null unless readable (clarifications #19). */
    static Json.Obj ownerRecord(OwnerRecordFacts owner) {
        Optional<OwnerRecord> record = owner.record();
        return Json.object()
                .put("status", owner.state())
                .put("path", owner.path().toString())
                .put("pid", record.map(OwnerRecord::pid).orElse(null))
                .put("port", record.map(OwnerRecord::port).orElse(null))
                .put("package_version", record.map(OwnerRecord::packageVersion).orElse(null))
                .put("executable_path", record.map(OwnerRecord::executablePath).orElse(null))
                .put("source_checkout_path", record.map(OwnerRecord::sourceCheckoutPath).orElse(null))
                .put("server_url", record.map(OwnerRecord::serverUrl).orElse(null))
                .put("auth_principal", record.map(OwnerRecord::authPrincipal).orElse(null))
                .put("auth_team", record.map(OwnerRecord::authTeam).orElse(null))
                .put("auth_scope", record.map(OwnerRecord::authScope).orElse(null))
                .put("queue_db_path", record.map(OwnerRecord::queueDbPath).orElse(null))
                .put("started_at", record.map(OwnerRecord::startedAt).orElse(null))
                .put("orphan_reasons", Json.strings(owner.orphanReasons().stream().map(OrphanReason::code).toList()))
                .put("unreadable_reason", owner.unreadable().map(u -> u.reason().code()).orElse(null))
                .put("unreadable_detail", owner.unreadable().map(OwnerRecordReading.Unreadable::detail).orElse(null));
    }
}
