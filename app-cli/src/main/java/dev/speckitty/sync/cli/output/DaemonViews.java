package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import dev.speckitty.sync.cli.command.CommandFailure;
import dev.speckitty.sync.cli.command.DaemonRestarted;
import dev.speckitty.sync.cli.command.DaemonStarted;
import dev.speckitty.sync.cli.command.DaemonStatus;
import dev.speckitty.sync.cli.command.DaemonStopped;
import dev.speckitty.sync.cli.command.SyncTriggered;
import dev.speckitty.sync.core.boundary.Remediation;
import dev.speckitty.sync.core.boundary.SafeText;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.daemon.lifecycle.EnsureOutcome;
import dev.speckitty.sync.core.daemon.lifecycle.RestartOutcome;
import dev.speckitty.sync.core.daemon.lifecycle.StopOutcome;
import java.util.List;
import java.util.Optional;

/**
 * The daemon commands' outputs: {@code sync daemon start|stop|status} (cli.md §8), {@code sync now}'s success
 * (§7 step 6), {@code doctor restart-daemon} (§11) and the generic action failure (exit 3).
 */
final class DaemonViews {
    private static final String RESPAWN_PREFIX = "Respawn failed: ";

    private DaemonViews() {
    }

    // ---- sync daemon start ----

    static String human(DaemonStarted started) {
        EnsureOutcome outcome = started.outcome();
        String daemon = "pid=" + orUnknown(outcome.pid()) + ", port=" + outcome.port();
        String line = switch (outcome.status()) {
            case STARTED -> "Sync daemon started (" + daemon + ").";
            case REUSED -> "Sync daemon already running (" + daemon + ").";
            case REPLACED -> "Sync daemon replaced (previous_pid=" + outcome.previousPid() + ", " + daemon + ").";
            case SKIPPED, FAILED, REFUSED -> throw new IllegalStateException("not a running outcome");
        };
        return new Text().line(line).toString();
    }

    /** The ensure outcome object of daemon.md §3.4. */
    static Json.Obj json(DaemonStarted started) {
        EnsureOutcome outcome = started.outcome();
        return Json.object()
                .put("status", outcome.status().wireName())
                .put("pid", outcome.pid())
                .put("port", outcome.port())
                .put("url", outcome.url())
                .put("previous_pid", outcome.previousPid())
                .put("skipped_reason", outcome.skippedReason())
                .put("error", outcome.error())
                .put("reap", WireJson.of(outcome.reap().toWireMap()));
    }

    // ---- sync daemon stop ----

    static Rendering render(DaemonStopped stopped, boolean json) {
        StopOutcome outcome = stopped.outcome();
        if (json) {
            Json.Obj document = Json.object()
                    .put("status", outcome.status().wireName())
                    .put("message", outcome.message())
                    .put("pid", outcome.pid())
                    .put("port", outcome.port());
            if (outcome.failed()) {
                document.put("error_code", "DAEMON_STOP_FAILED").put("error", outcome.message())
                        .put("remediation", Json.strings(List.of(Remediation.R13)));
            }
            return Rendering.stdout(Json.document(document));
        }
        if (outcome.failed()) {
            return Rendering.stderr(new Text().line(SafeText.escapeControls(outcome.message()))
                    .line("  Remediation: " + Remediation.R13).toString());
        }
        return Rendering.stdout(new Text().line(outcome.message()).toString());
    }

    // ---- sync daemon status ----

    static String human(DaemonStatus status) {
        Optional<RecordedDaemon> recorded = status.recorded();
        Text text = new Text().line("Sync daemon: " + recorded.map(d -> d.healthy() ? "running"
                : "recorded but not healthy").orElse("not running"));
        recorded.ifPresent(daemon -> {
            text.row("URL", safe(daemon.url()));
            Long pid = SyncStatusView.pid(daemon);
            if (pid != null) {
                text.row("PID", pid);
            }
            text.row("Port", daemon.port().value());
            daemon.health().ifPresent(health -> {
                SyncActivity sync = health.sync();
                text.row("Package version", safe(health.packageVersion()))
                        .row("Protocol version", health.protocolVersion())
                        .row("Sync running", sync == null || sync.running() == null ? null
                                : sync.running() ? "yes" : "no")
                        .row("Last sync", sync == null || sync.lastSync() == null ? "never" : safe(sync.lastSync()))
                        .row("Consecutive failures", sync == null ? null : sync.consecutiveFailures());
            });
        });
        return text.row("Owner record", status.ownerRecord().state()).toString();
    }

    static Json.Obj json(DaemonStatus status) {
        Optional<RecordedDaemon> recorded = status.recorded();
        Optional<HealthReport> health = recorded.flatMap(RecordedDaemon::health);
        Json.Obj document = SyncStatusView.daemon(recorded);
        if (health.isPresent()) {
            SyncActivity sync = health.get().sync();
            document.put("sync", Json.object()
                    .put("running", sync == null || sync.running() == null ? null : new JsonPrimitive(
                            sync.running()))
                    .put("last_sync", sync == null ? null : sync.lastSync())
                    .put("consecutive_failures", sync == null ? null : sync.consecutiveFailures()));
        } else {
            document.put("sync", JsonNull.INSTANCE);
        }
        return document.put("owner_record_status", status.ownerRecord().state());
    }

    // ---- sync now ----

    static String human(SyncTriggered triggered) {
        EnsureOutcome daemon = triggered.daemon();
        return new Text().line("Sync triggered on daemon pid " + orUnknown(daemon.pid()) + " (port " + daemon.port()
                + "): " + orUnknown(triggered.counts().eventCount()) + " event(s) and "
                + orUnknown(triggered.counts().bodyUploadCount()) + " body upload(s) queued in "
                + triggered.queue().path() + ".").toString();
    }

    static Json.Obj json(SyncTriggered triggered) {
        EnsureOutcome daemon = triggered.daemon();
        return Json.object()
                .put("status", "triggered")
                .put("daemon", Json.object().put("status", daemon.status().wireName()).put("pid", daemon.pid())
                        .put("port", daemon.port()))
                .put("queue_db_path", triggered.queue().path().toString())
                .put("event_count", triggered.counts().eventCount())
                .put("body_upload_count", triggered.counts().bodyUploadCount())
                .put("migration", Json.object().put("migrated", triggered.queue().migrated())
                        .put("quarantined", triggered.queue().quarantined()));
    }

    // ---- doctor restart-daemon ----

    static Rendering render(DaemonRestarted restarted, boolean json) {
        RestartOutcome outcome = restarted.outcome();
        Optional<String> remediation = remediation(restarted);
        if (json) {
            Json.Obj document = Json.object()
                    .put("status", outcome.status().wireName())
                    .put("exit_code", restarted.exitCode())
                    .put("previous_pid", outcome.previousPid())
                    .put("new_pid", outcome.newPid())
                    .put("error", outcome.error());
            if (outcome.error() != null) {
                document.put("error_code", "DAEMON_" + outcome.status().name());
            }
            remediation.ifPresent(text -> document.put("remediation", Json.strings(List.of(text))));
            return Rendering.stdout(Json.document(document));
        }
        String previous = orNone(outcome.previousPid());
        String line = switch (outcome.status()) {
            case RESTARTED -> "Sync daemon restarted (previous_pid=" + previous + ", new_pid="
                    + orNone(outcome.newPid()) + ").";
            case STALE_OWNER_CLEANED -> "Stale daemon owner record cleaned; daemon restarted (previous_pid=" + previous
                    + ", new_pid=" + orNone(outcome.newPid()) + ").";
            case STOPPED -> "Sync daemon metadata cleared (previous_pid=" + previous
                    + "); not respawned because SaaS sync is disabled.";
            case NO_OWNER -> "No registered sync daemon.";
            case RESPAWN_FAILED -> "Daemon respawn failed: "
                    + SafeText.escapeControls(respawnError(outcome.error()));
            case STOP_FAILED -> "Daemon stop failed: " + SafeText.escapeControls(outcome.error());
        };
        Text text = new Text().line(line);
        remediation.ifPresent(r -> text.line("  Remediation: " + r));
        return restarted.exitCode() == 0 ? Rendering.stdout(text.toString()) : Rendering.stderr(text.toString());
    }

    private static Optional<String> remediation(DaemonRestarted restarted) {
        return switch (restarted.outcome().status()) {
            case NO_OWNER -> Optional.of(Remediation.r11(restarted.saasSyncEnabled()));
            case RESPAWN_FAILED -> Optional.of(Remediation.r12(restarted.root()));
            case STOP_FAILED -> Optional.of(Remediation.R13);
            case RESTARTED, STALE_OWNER_CLEANED, STOPPED -> Optional.empty();
        };
    }

    /** The ensure error inside {@code Respawn failed: <error>}, for the human line {@code Daemon respawn failed: …}. */
    private static String respawnError(String error) {
        return error.startsWith(RESPAWN_PREFIX) ? error.substring(RESPAWN_PREFIX.length()) : error;
    }

    // ---- action failures (exit 3) ----

    static String human(CommandFailure failure) {
        return new Text().line(SafeText.escapeControls(failure.message()))
                .line("  Remediation: " + failure.remediation()).toString();
    }

    static Json.Obj json(CommandFailure failure) {
        return Json.object().put("error_code", failure.errorCode()).put("error", failure.message())
                .put("remediation", Json.strings(List.of(failure.remediation())));
    }

    private static String orUnknown(Object value) {
        return value == null ? "unknown" : value.toString();
    }

    private static String orNone(Long value) {
        return value == null ? "none" : value.toString();
    }
}
