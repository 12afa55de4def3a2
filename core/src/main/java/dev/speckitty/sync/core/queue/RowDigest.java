package dev.speckitty.sync.core.queue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Row digest (on-disk.md §6.8): lowercase hex SHA-256 of the UTF-8 bytes of the canonical row JSON. */
public final class RowDigest {

    private RowDigest() {
    }

    public static String of(QueueRow row) {
        return ofJson(CanonicalJson.row(row));
    }

    public static String ofJson(String canonicalRowJson) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalRowJson.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
