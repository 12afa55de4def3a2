package dev.speckitty.sync.cli.output;

import dev.speckitty.sync.core.boundary.SafeText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** Usage errors, root errors and internal errors (cli.md §1.3, §1.10; clarifications #2, #3, #34). */
final class ErrorView {

    static final String USAGE_ERROR = "USAGE_ERROR";
    static final String ROOT_UNRESOLVED = "ROOT_UNRESOLVED";
    static final String ROOT_REFUSED = "ROOT_REFUSED";
    static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ErrorView() {
    }

    /** The {@code Error:} line goes to stderr in both modes; with {@code --json} the document goes to stdout. */
    static Rendering error(String code, String message, boolean json, String extraStderr) {
        String stderr = "Error: " + SafeText.escapeControls(message) + "\n" + extraStderr;
        return new Rendering(json ? Json.document(document(code, message)) : "", stderr);
    }

    static Rendering usage(String message, List<String> recognisedWords, boolean json) {
        String hint = recognisedWords.isEmpty()
                ? "Run 'spec-kitty --help' for usage.\n"
                : "Run 'spec-kitty help " + String.join(" ", recognisedWords) + "' for usage.\n";
        return error(USAGE_ERROR, message, json, hint);
    }

    /**
     * {@code Error: internal error: <SimpleName>: <message>}; the stack trace only with {@code --debug}.
     * Never a stack trace otherwise.
     */
    static Rendering internal(Throwable error, boolean json, boolean debug) {
        String description = error.getClass().getSimpleName() + ": " + error.getMessage();
        return new Rendering(json ? Json.document(document(INTERNAL_ERROR, description)) : "",
                "Error: internal error: " + SafeText.escapeControls(description) + "\n"
                        + (debug ? stackTrace(error) : ""));
    }

    private static Json.Obj document(String code, String message) {
        return Json.object().put("error_code", code).put("error", message);
    }

    private static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            error.printStackTrace(writer);
        }
        return trace.toString().replace(System.lineSeparator(), "\n");
    }
}
