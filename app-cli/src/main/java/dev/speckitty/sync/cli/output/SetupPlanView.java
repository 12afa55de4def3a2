package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.cli.command.SetupPlanFailed;
import dev.speckitty.sync.cli.command.SetupPlanSucceeded;
import dev.speckitty.sync.core.boundary.SafeText;
import dev.speckitty.sync.core.setupplan.BodyUploadDecision;
import dev.speckitty.sync.core.setupplan.LifecycleEventType;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.SetupPlanOutcome;
import dev.speckitty.sync.core.setupplan.SyncEmission;
import java.nio.file.Path;
import java.util.List;

/** {@code agent mission setup-plan}: the success report of cli.md §14.7 and the errors of §14.8. */
final class SetupPlanView {

    private SetupPlanView() {
    }

    /**
     * stdout: the plan line, the lifecycle line, the queue line and one {@code skipped} line per skipped artifact;
     * stderr: the eviction notices of on-disk.md §6.9, if the event queue was at capacity.
     */
    static Rendering render(SetupPlanSucceeded succeeded, boolean json) {
        SetupPlanOutcome.Planned planned = succeeded.planned();
        StringBuilder stderr = new StringBuilder();
        planned.sync().capacityWarnings().forEach(warning -> stderr.append(warning).append('\n'));
        return new Rendering(json ? Json.document(json(planned)) : human(planned), stderr.toString());
    }

    /** Paths come from the working directory and file names: control characters are escaped, nothing is cut. */
    private static String human(SetupPlanOutcome.Planned planned) {
        String planFile = SafeText.escapeControls(planned.mission().planFile().toString());
        SyncEmission sync = planned.sync();
        Text text = new Text()
                .line(planned.plan().scaffoldCreated() ? "\u2713 Plan scaffolded: " + planFile
                        : "Plan present: " + planFile)
                .line("Lifecycle events appended: " + (planned.lifecycleEventsAppended().isEmpty() ? "none"
                        : String.join(", ", wireNames(planned.lifecycleEventsAppended()))));
        if (sync.saasSyncEnabled()) {
            text.line("Queued " + sync.eventsEnqueued() + " event(s) and " + sync.bodyUploadsEnqueued()
                    + " body upload(s) in " + SafeText.escapeControls(sync.queueDbPath().orElseThrow().toString()));
        } else {
            text.line("SaaS sync disabled: nothing queued.");
        }
        for (BodyUploadDecision.Skip skip : sync.bodyUploadsSkipped()) {
            text.line("  skipped " + SafeText.escapeControls(skip.artifactPath()) + ": " + skip.reason().wireValue());
        }
        return text.toString();
    }

    private static Json.Obj json(SetupPlanOutcome.Planned planned) {
        MissionPaths mission = planned.mission();
        SyncEmission sync = planned.sync();
        return Json.object()
                .put("result", "success")
                .put("mission_slug", mission.slug().value())
                .put("feature_dir", mission.missionDirectory().toString())
                .put("spec_file", mission.specFile().toString())
                .put("plan_file", mission.planFile().toString())
                .put("scaffold_created", planned.plan().scaffoldCreated())
                .put("plan_substantive", planned.plan().substantive())
                .put("lifecycle_events_appended", Json.strings(wireNames(planned.lifecycleEventsAppended())))
                .put("sync", Json.object()
                        .put("saas_sync_enabled", sync.saasSyncEnabled())
                        .put("authenticated", sync.authenticated())
                        .put("queue_db_path", sync.queueDbPath().map(Path::toString).orElse(null))
                        .put("migrated_legacy_rows", sync.migratedLegacyRows())
                        .put("events_enqueued", sync.eventsEnqueued())
                        .put("events_already_queued", sync.eventsAlreadyQueued())
                        .put("body_uploads_enqueued", sync.bodyUploadsEnqueued())
                        .put("body_uploads_already_queued", sync.bodyUploadsAlreadyQueued())
                        .put("body_uploads_skipped", Json.objects(sync.bodyUploadsSkipped().stream()
                                .map(skip -> Json.object().put("artifact_path", skip.artifactPath())
                                        .put("reason", skip.reason().wireValue())).toList())));
    }

    private static List<String> wireNames(List<LifecycleEventType> types) {
        return types.stream().map(LifecycleEventType::wireName).toList();
    }

    /** Human: {@code Error: <message>} then one {@code Remediation: <text>} line each, on stderr. */
    static Rendering render(SetupPlanFailed failed, boolean json) {
        if (json) {
            return Rendering.stdout(Json.document(Json.object()
                    .put("error_code", failed.errorCode())
                    .put("error", failed.message())
                    .put("remediation", Json.strings(failed.remediations()))));
        }
        Text text = new Text().line("Error: " + SafeText.escapeControls(failed.message()));
        failed.remediations().forEach(remediation -> text.line("Remediation: " + SafeText.escapeControls(remediation)));
        return Rendering.stderr(text.toString());
    }
}
