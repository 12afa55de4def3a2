package dev.speckitty.sync.cli.command;

import java.util.List;
import java.util.Objects;

/**
 * A setup-plan refusal or failure of cli.md §14.8 other than the boundary refusal (which is a {@link Refusal}):
 * human {@code Error: <message>} and {@code Remediation: <text>} lines on stderr, or the JSON document
 * {@code {error_code, error, remediation}}.
 *
 * @param message the first line without its {@code Error: } prefix (the JSON {@code error})
 */
public record SetupPlanFailed(String errorCode, String message, List<String> remediations, int exitCode)
        implements CommandResult {

    public SetupPlanFailed {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
        remediations = List.copyOf(remediations);
        if (remediations.isEmpty()) {
            throw new IllegalArgumentException("every setup-plan error carries a remediation");
        }
        if (exitCode != ExitCodes.REFUSED && exitCode != ExitCodes.FAILED) {
            throw new IllegalArgumentException("setup-plan refuses with 2 and fails with 3, got " + exitCode);
        }
    }

    /** A guard refused before anything was written: exit 2. */
    static SetupPlanFailed refused(String errorCode, String message, String remediation) {
        return new SetupPlanFailed(errorCode, message, List.of(remediation), ExitCodes.REFUSED);
    }

    /** A write failed: exit 3. */
    static SetupPlanFailed failed(String errorCode, String message, String remediation) {
        return new SetupPlanFailed(errorCode, message, List.of(remediation), ExitCodes.FAILED);
    }
}
