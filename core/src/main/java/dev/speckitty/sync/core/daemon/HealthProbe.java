package dev.speckitty.sync.core.daemon;

import java.util.Objects;

/**
 * The outcome of {@code GET /api/health} on a loopback port: {@link Responded} iff HTTP status 200 and the body
 * is a strict UTF-8 JSON object (cleanup.md §3.1 step 2). Whether the report passes the stricter foreground
 * probe is {@link HealthReport#passesProbe}.
 */
public sealed interface HealthProbe {

    record Responded(HealthReport report) implements HealthProbe {
        public Responded {
            Objects.requireNonNull(report, "report");
        }
    }

    /** Nothing usable came back; {@code reason} is a short diagnostic that never quotes the body. */
    record NotResponded(String reason) implements HealthProbe {
        public NotResponded {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
