package dev.speckitty.sync.core.daemon;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The daemon's control token. It lives only in owner.json and the state file; {@link #toString()} never
 * shows it, so a record, log line or exception that includes a token by accident prints {@code <redacted>}.
 * Only the file writers and the authenticated control requests read {@link #value()}.
 */
public record ControlToken(String value) {
    /** The shape the product generates and the daemon accepts on stdin (daemon.md §3.2 step 4, §5.1 step 3). */
    private static final Pattern GENERATED_SHAPE = Pattern.compile("[0-9a-f]{32}");

    public static final String REDACTED = "<redacted>";
    private static final int GENERATED_BYTES = 16;

    public ControlToken {
        Objects.requireNonNull(value, "value");
    }

    /** A new token: 16 bytes of {@code random}, lowercase hex (daemon.md §3.2 step 4). */
    public static ControlToken generate(SecureRandom random) {
        byte[] bytes = new byte[GENERATED_BYTES];
        random.nextBytes(bytes);
        return new ControlToken(HexFormat.of().formatHex(bytes));
    }

    /** 32 lowercase hex characters. Owner records written by others may hold other strings (on-disk.md §8.5). */
    public boolean isGeneratedShape() {
        return GENERATED_SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return REDACTED;
    }
}
