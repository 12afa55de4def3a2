package dev.speckitty.sync.core.daemon.control;

import java.util.Objects;

/**
 * The answer to one control request (daemon.md §6.2–§6.3): a status and a compact JSON body, or no body at all for
 * {@code HEAD}. {@code stopsDaemon} asks for the graceful stop once the response has been flushed (§6.2, shutdown).
 */
public record ControlResponse(int status, Body body, boolean stopsDaemon) {

    public ControlResponse {
        Objects.requireNonNull(body, "body");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("not an HTTP status: " + status);
        }
    }

    /** What the server adapter renders as the response body. */
    public sealed interface Body {
    }

    /** No body at all (answers to {@code HEAD}). */
    public record NoBody() implements Body {
    }

    /** A one-member object such as {@code {"error":"not_found"}} or {@code {"status":"stopping"}}. */
    public record Member(String name, String value) implements Body {
        public Member {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /** The health payload of daemon.md §7.1. */
    public record Health(DaemonHealth health) implements Body {
        public Health {
            Objects.requireNonNull(health, "health");
        }
    }

    public static ControlResponse health(DaemonHealth health) {
        return new ControlResponse(200, new Health(health), false);
    }

    /** 200 {@code {"status":"stopping"}}; the daemon stops after the response is flushed. */
    public static ControlResponse stopping() {
        return new ControlResponse(200, new Member("status", "stopping"), true);
    }

    /** 202 {@code {"status":"scheduled"}}. */
    public static ControlResponse scheduled() {
        return new ControlResponse(202, new Member("status", "scheduled"), false);
    }

    public static ControlResponse error(int status, String code) {
        return new ControlResponse(status, new Member("error", code), false);
    }

    public static ControlResponse bodiless(int status) {
        return new ControlResponse(status, new NoBody(), false);
    }
}
