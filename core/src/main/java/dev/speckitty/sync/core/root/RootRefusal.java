package dev.speckitty.sync.core.root;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a root is refused (clarifications #30, #34): printed as {@code Error: refusing to use <path>: <reason>},
 * exit 2, {@code error_code} {@code ROOT_REFUSED} in JSON mode.
 */
public record RootRefusal(Path path, String reason) {

    public static final String ERROR_CODE = "ROOT_REFUSED";

    public RootRefusal {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("reason must not be blank");
        }
    }

    /** {@code refusing to use <path>: <reason>}, without the {@code Error: } prefix. */
    public String message() {
        return "refusing to use " + path + ": " + reason;
    }
}
