package dev.speckitty.sync.cli.command;

import java.util.Objects;

/**
 * An action that failed (exit 3, cli.md §1.9): human mode prints {@code message} and {@code   Remediation: <text>}
 * on stderr; JSON is {@code {error_code, error, remediation: [text]}} with {@code error} = {@code message}.
 *
 * @param message the first line, e.g. {@code Sync daemon failed to start: <error>}
 */
public record CommandFailure(String errorCode, String message, String remediation) implements CommandResult {

    public CommandFailure {
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remediation, "remediation");
    }

    @Override
    public int exitCode() {
        return ExitCodes.FAILED;
    }
}
