package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.env.Environment;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/** The {@code node_id} of {@code clock.json} (on-disk.md §9). */
public final class ClockNodeId {

    public static final String USER = "USER";
    public static final String LOGNAME = "LOGNAME";

    private ClockNodeId() {
    }

    /**
     * First 12 lowercase hex characters of SHA-256 of {@code "<hostname>:<user>"}; user = {@code USER}, else
     * {@code LOGNAME} (an empty value counts as unset), else {@code jvmUserName}.
     */
    public static String derive(String hostname, Environment environment, String jvmUserName) {
        String user = nonEmpty(environment, USER).or(() -> nonEmpty(environment, LOGNAME)).orElse(jvmUserName);
        byte[] digest = Ulid.sha256((hostname + ":" + user).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest).substring(0, 12);
    }

    private static Optional<String> nonEmpty(Environment environment, String name) {
        return environment.get(name).filter(v -> !v.isEmpty());
    }
}
