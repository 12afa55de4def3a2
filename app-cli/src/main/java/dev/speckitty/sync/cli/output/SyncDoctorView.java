package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import dev.speckitty.sync.cli.command.SyncDoctor;
import dev.speckitty.sync.core.boundary.BoundaryFacts;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.time.IsoTimestamps;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.queue.QueueDiagnostics;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** {@code sync doctor}: the human report and the JSON document of cli.md §9. */
final class SyncDoctorView {
    private static final String UNREADABLE = "unreadable";
    private static final int TABLE_GAP = 2;

    private SyncDoctorView() {
    }

    static String human(SyncDoctor doctor) {
        BoundaryFacts facts = doctor.facts();
        QueueInspection active = doctor.activeQueue();
        QueueInspection legacy = doctor.legacyQueue();
        QueueDiagnostics diagnostics = doctor.diagnostics();
        Optional<Identity> identity = doctor.identity().identity();
        Text text = new Text().line("Sync Doctor")
                .row("Active queue", active.path() + " (" + (doctor.activeIsScoped() ? "scoped" : "legacy") + ")")
                .row("Queue size", active.readable() ? active.eventCount() + " / " + doctor.maxQueueSize() + " ("
                        + active.eventCount() * 100 / doctor.maxQueueSize() + "%)" : UNREADABLE)
                .row("Oldest event", diagnostics.oldestEventTimestamp().isPresent()
                        ? IsoTimestamps.seconds(Instant.ofEpochSecond(diagnostics.oldestEventTimestamp().getAsLong()))
                        : "none")
                .row("Body uploads", active.readable() ? active.bodyUploadCount() + " queued, "
                        + active.failureLogCount() + " recorded failure(s)" : UNREADABLE)
                .row("Quarantined rows", active.readable() ? String.valueOf(doctor.quarantineCount()) : UNREADABLE)
                .row("Legacy queue", legacy.path() + ": " + (legacy.readable() ? legacy.rowsInScope() + " row(s)"
                        : UNREADABLE))
                .row("Auth", identity.map(i -> "authenticated via " + i.source().wireName() + " as "
                        + safe(i.principal()) + "/" + safe(i.team())).orElse("not authenticated"))
                .row("Server URL", safe(doctor.identity().serverUrl()))
                .row("Daemon", daemon(facts.recordedDaemon()))
                .row("Owner record", facts.ownerRecord().state())
                .row("Live orphan daemons", facts.liveOrphanPorts().size());
        if (!diagnostics.topEventTypes().isEmpty()) {
            text.line("Top queued event types");
            table(text, diagnostics.topEventTypes().stream()
                    .map(t -> List.of(safe(t.eventType()), String.valueOf(t.count()))).toList());
        }
        if (!diagnostics.recentBodyUploadFailures().isEmpty()) {
            text.line("Recent body upload failures");
            table(text, diagnostics.recentBodyUploadFailures().stream().map(f -> List.of(safe(f.artifactPath()),
                    safe(f.missionSlug()), String.valueOf(f.failureCount()), safe(f.failureReason()))).toList());
        }
        List<SyncDoctor.Issue> issues = doctor.issues();
        if (issues.isEmpty()) {
            text.line("No issues detected. Sync is healthy.");
        } else {
            text.line("Issues found:");
            issues.forEach(issue -> SyncStatusView.failureEntry(text, issue.humanMessage(), issue.mismatches(),
                    issue.remediation()));
        }
        return text.toString();
    }

    private static String daemon(Optional<RecordedDaemon> recorded) {
        if (recorded.isEmpty()) {
            return "not running";
        }
        RecordedDaemon daemon = recorded.get();
        Optional<HealthReport> health = daemon.health();
        if (health.isEmpty()) {
            return "recorded but not healthy";
        }
        Long pid = SyncStatusView.pid(daemon);
        return "running (pid " + (pid == null ? "unknown" : pid) + ", port " + daemon.port().value() + ", version "
                + (health.get().packageVersion() == null ? "unknown" : safe(health.get().packageVersion())) + ")";
    }

    /** Rows of cells padded to their column's width (the layout is not normative, cli.md §9). */
    private static void table(Text text, List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(row -> {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        });
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                line.append(i == columns - 1 ? row.get(i)
                        : String.format("%-" + (widths[i] + TABLE_GAP) + "s", row.get(i)));
            }
            text.line(line.toString());
        }
    }

    static Json.Obj json(SyncDoctor doctor) {
        BoundaryFacts facts = doctor.facts();
        QueueDiagnostics diagnostics = doctor.diagnostics();
        Optional<Identity> identity = doctor.identity().identity();
        return Json.object()
                .put("active_queue", SyncStatusView.activeQueue(doctor.activeQueue(), doctor.activeIsScoped()))
                .put("max_queue_size", doctor.maxQueueSize())
                .put("oldest_event_at", diagnostics.oldestEventTimestamp().isPresent()
                        ? IsoTimestamps.seconds(Instant.ofEpochSecond(diagnostics.oldestEventTimestamp().getAsLong()))
                        : null)
                .put("top_event_types", Json.objects(diagnostics.topEventTypes().stream()
                        .map(t -> Json.object().put("event_type", t.eventType()).put("count", t.count())).toList()))
                .put("recent_body_upload_failures", Json.objects(diagnostics.recentBodyUploadFailures().stream()
                        .map(f -> Json.object().put("artifact_path", f.artifactPath())
                                .put("mission_slug", f.missionSlug())
                                .put("failure_count", f.failureCount())
                                .put("failure_reason", f.failureReason())
                                .put("last_failed_at", microseconds(f.lastFailedAt()))).toList()))
                .put("quarantine_count", doctor.activeQueue().readable() ? Long.valueOf(doctor.quarantineCount()) : null)
                .put("legacy_queue", SyncStatusView.legacyQueue(doctor.legacyQueue(), facts.strandedMissionSlug()))
                .put("auth", Json.object()
                        .put("authenticated", identity.isPresent())
                        .put("identity_source", identity.map(i -> i.source().wireName()).orElse(null))
                        .put("principal", identity.map(Identity::principal).orElse(null))
                        .put("team", identity.map(Identity::team).orElse(null))
                        .put("server_url", doctor.identity().serverUrl()))
                .put("daemon", SyncStatusView.daemon(facts.recordedDaemon()))
                .put("owner_record_status", facts.ownerRecord().state())
                .put("live_orphan_daemon_count", facts.liveOrphanPorts().size())
                .put("issues", Json.objects(doctor.issues().stream().map(issue -> Json.object()
                        .put("code", issue.code()).put("severity", issue.severity()).put("message", issue.message())
                        .put("remediation", issue.remediation())).toList()));
    }

    /** An epoch-seconds REAL in the microseconds form of on-disk.md §1.3. */
    static String microseconds(double epochSeconds) {
        long micros = BigDecimal.valueOf(epochSeconds).movePointRight(6).setScale(0, RoundingMode.HALF_UP).longValue();
        return dev.speckitty.sync.core.time.IsoTimestamps.microseconds(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
    }
}
