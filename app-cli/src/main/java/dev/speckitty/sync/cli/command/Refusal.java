package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.core.boundary.BoundaryFailure;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import java.util.List;
import java.util.Objects;

/**
 * A refused action (cli.md §3.6): {@code Refusing `spec-kitty <words>`: <reason>.} followed by one entry per
 * failure. Always exit 2.
 *
 * @param commandWords the command words only, never options (clarifications #4)
 * @param errorCode    the JSON {@code error_code}
 * @param reason       the reason sentence without its final period (the JSON {@code error})
 */
public record Refusal(List<String> commandWords, String errorCode, String reason, List<Entry> entries)
        implements CommandResult {

    public Refusal {
        commandWords = List.copyOf(commandWords);
        Objects.requireNonNull(errorCode, "errorCode");
        Objects.requireNonNull(reason, "reason");
        entries = List.copyOf(entries);
        if (commandWords.isEmpty() || entries.isEmpty()) {
            throw new IllegalArgumentException("a refusal names its command and at least one entry");
        }
    }

    @Override
    public int exitCode() {
        return ExitCodes.REFUSED;
    }

    /** The distinct remediation texts in entry order. */
    public List<String> remediations() {
        return entries.stream().map(Entry::remediation).distinct().toList();
    }

    /**
     * One {@code !} entry: a failure of §3.3, or a command's own refusal condition.
     *
     * @param humanMessage the message with untrusted parts made safe (clarifications #29)
     * @param mismatches   non-empty only for {@code owner_mismatch}
     */
    public record Entry(String code, String message, String humanMessage, String remediation,
                        List<FieldMismatch> mismatches) {
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(humanMessage, "humanMessage");
            Objects.requireNonNull(remediation, "remediation");
            mismatches = List.copyOf(mismatches);
        }

        /** An entry whose message has no untrusted part. */
        public static Entry of(String code, String message, String remediation) {
            return new Entry(code, message, message, remediation, List.of());
        }

        public static Entry of(BoundaryFailure failure) {
            return new Entry(failure.code().wireName(), failure.message(), failure.humanMessage(),
                    failure.remediation(), failure.mismatches());
        }
    }
}
