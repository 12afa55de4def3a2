package dev.speckitty.sync.core.setupplan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A ULID: 26 characters of Crockford base32 (uppercase) encoding a 48-bit millisecond time and 80 further
 * bits. Local lifecycle events get random ones (on-disk.md §10.2); queue envelopes get the deterministic one
 * of §10.3, so a re-run never produces a second envelope for the same local event.
 */
public record Ulid(String value) {

    public static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int LENGTH = 26;
    private static final long MAX_TIME = (1L << 48) - 1;
    private static final int TAIL_BYTES = 10;

    public Ulid {
        Objects.requireNonNull(value, "value");
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("a ULID has 26 characters: " + value);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw new IllegalArgumentException("not uppercase Crockford base32: " + value);
            }
        }
        if (value.charAt(0) > '7') {
            throw new IllegalArgumentException("a ULID is at most 128 bits: " + value);
        }
    }

    /**
     * @param epochMillis 0 ≤ t < 2^48
     * @param tail the 80 bits after the time part, exactly 10 bytes, big-endian
     */
    public static Ulid of(long epochMillis, byte[] tail) {
        if (epochMillis < 0 || epochMillis > MAX_TIME) {
            throw new IllegalArgumentException("ULID time out of range: " + epochMillis);
        }
        if (tail.length != TAIL_BYTES) {
            throw new IllegalArgumentException("ULID tail must be 10 bytes, got " + tail.length);
        }
        long high = epochMillis << 16 | (tail[0] & 0xFFL) << 8 | (tail[1] & 0xFFL);
        long low = 0;
        for (int i = 2; i < TAIL_BYTES; i++) {
            low = low << 8 | (tail[i] & 0xFFL);
        }
        char[] out = new char[LENGTH];
        // 26 characters carry 130 bits: the 128-bit value with two zero bits on top.
        for (int i = 0; i < LENGTH; i++) {
            out[i] = ALPHABET.charAt(fiveBits(high, low, 5 * (LENGTH - 1 - i)));
        }
        return new Ulid(new String(out));
    }

    /** A fresh ULID for a local event: time part from {@code time}, 80 bits from {@code random}. */
    public static Ulid random(Instant time, RandomGenerator random) {
        byte[] tail = new byte[TAIL_BYTES];
        random.nextBytes(tail);
        return of(time.toEpochMilli(), tail);
    }

    /**
     * The envelope ULID of on-disk.md §10.3: time part = the local event's timestamp truncated to whole
     * milliseconds (clarifications #22), tail = first 10 bytes of SHA-256 of {@code "envelope:" + localEventId}.
     */
    public static Ulid forEnvelope(String localEventId, Instant localTimestamp) {
        byte[] digest = sha256(("envelope:" + localEventId).getBytes(StandardCharsets.UTF_8));
        return of(localTimestamp.toEpochMilli(), Arrays.copyOf(digest, TAIL_BYTES));
    }

    /** The time part, in epoch milliseconds. */
    public long epochMillis() {
        long time = 0;
        for (int i = 0; i < 10; i++) {
            time = time << 5 | ALPHABET.indexOf(value.charAt(i));
        }
        return time;
    }

    static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc).
            throw new IllegalStateException(impossible);
        }
    }

    private static int fiveBits(long high, long low, int shift) {
        long bits;
        if (shift >= 64) {
            bits = high >>> (shift - 64);
        } else if (shift > 59) {
            bits = low >>> shift | high << (64 - shift);
        } else {
            bits = low >>> shift;
        }
        return (int) (bits & 31);
    }

    @Override
    public String toString() {
        return value;
    }
}
