package dev.speckitty.sync.core.uplink;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What one delivery did: how many rows the server acknowledged (and were therefore removed), and, when the
 * delivery failed, a reason code such as {@code uplink_unavailable} (lowercase words joined by {@code _}; never
 * a token, body or payload, U5).
 */
public record UplinkResult(long delivered, Optional<String> failureReason) {

    /** The reason of {@code DisabledUplink}: this release cannot deliver (daemon.md §13.4). */
    public static final String UPLINK_UNAVAILABLE = "uplink_unavailable";

    private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    public UplinkResult {
        Objects.requireNonNull(failureReason, "failureReason");
        if (delivered < 0) {
            throw new IllegalArgumentException("delivered must be >= 0, was " + delivered);
        }
        failureReason.ifPresent(reason -> {
            if (!REASON_CODE.matcher(reason).matches()) {
                throw new IllegalArgumentException("a failure reason is a snake_case code, was '" + reason + "'");
            }
        });
    }

    public static UplinkResult delivered(long rows) {
        return new UplinkResult(rows, Optional.empty());
    }

    public static UplinkResult failed(long deliveredBeforeFailure, String reason) {
        return new UplinkResult(deliveredBeforeFailure, Optional.of(reason));
    }

    public boolean succeeded() {
        return failureReason.isEmpty();
    }
}
