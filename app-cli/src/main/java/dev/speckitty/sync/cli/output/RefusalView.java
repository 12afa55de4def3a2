package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.cli.command.Refusal;

/** The refusal block of cli.md §3.6: human on stderr, or the JSON refusal document. */
final class RefusalView {

    private RefusalView() {
    }

    static String human(Refusal refusal) {
        Text text = new Text().line("Refusing `spec-kitty " + String.join(" ", refusal.commandWords()) + "`: "
                + refusal.reason() + ".");
        refusal.entries().forEach(entry ->
                SyncStatusView.failureEntry(text, entry.humanMessage(), entry.mismatches(), entry.remediation()));
        return text.toString();
    }

    static Json.Obj json(Refusal refusal) {
        return Json.object()
                .put("error_code", refusal.errorCode())
                .put("error", refusal.reason())
                .put("failures", Json.objects(refusal.entries().stream().map(entry -> {
                    Json.Obj failure = Json.object().put("code", entry.code()).put("message", entry.message())
                            .put("remediation", entry.remediation());
                    if (!entry.mismatches().isEmpty()) {
                        failure.put("mismatches", Json.objects(entry.mismatches().stream()
                                .map(SyncStatusView::mismatch).toList()));
                    }
                    return failure;
                }).toList()))
                .put("remediation", Json.strings(refusal.remediations()));
    }
}
