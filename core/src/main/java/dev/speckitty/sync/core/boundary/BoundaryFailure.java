package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.FieldMismatch;
import java.util.List;
import java.util.Objects;

/**
 * One failure of the failure set (cli.md §3.3). {@code message} is the exact text (JSON carries it);
 * {@code humanMessage} is the same text with every part that came from a file or another process made safe
 * (clarifications #29). {@code mismatches} is non-empty only for {@link FailureCode#OWNER_MISMATCH}.
 */
public record BoundaryFailure(FailureCode code, String message, String humanMessage, String remediation,
                              List<FieldMismatch> mismatches) {

    public BoundaryFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(humanMessage, "humanMessage");
        Objects.requireNonNull(remediation, "remediation");
        mismatches = List.copyOf(mismatches);
        if ((code == FailureCode.OWNER_MISMATCH) == mismatches.isEmpty()) {
            throw new IllegalArgumentException("mismatches belong to, and only to, owner_mismatch");
        }
    }
}
