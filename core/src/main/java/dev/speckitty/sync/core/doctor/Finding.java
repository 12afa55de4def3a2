package dev.speckitty.sync.core.doctor;

import java.util.Objects;
import java.util.Optional;

/**
 * One {@code auth doctor} finding (cli.md §13.3, cleanup.md §10.2): id, severity, summary and an optional
 * remediation (a command and what it does).
 */
public record Finding(String id, Severity severity, String summary, Optional<Remedy> remediation) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(remediation, "remediation");
    }

    /** {@code critical}, {@code warn}, {@code info}. */
    public enum Severity {
        CRITICAL("critical"), WARN("warn"), INFO("info");

        private final String wireName;

        Severity(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    /** {@code {command, description}}. */
    public record Remedy(String command, String description) {
        public Remedy {
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(description, "description");
        }
    }
}
