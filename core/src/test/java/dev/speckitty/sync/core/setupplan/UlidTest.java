package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UlidTest {

    /** Reference encoding, independent of the bit shuffling in {@link Ulid#of}: the 128-bit number in base 32. */
    private static String viaBigInteger(long millis, byte[] tail) {
        BigInteger value = BigInteger.valueOf(millis).shiftLeft(80).or(new BigInteger(1, tail));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 26; i++) {
            out.insert(0, Ulid.ALPHABET.charAt(value.mod(BigInteger.valueOf(32)).intValue()));
            value = value.shiftRight(5);
        }
        return out.toString();
    }

    @Test
    void encodesLikeTheBase32NumberForManyValues() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 500; i++) {
            long millis = random.nextLong(1L << 48);
            byte[] tail = new byte[10];
            random.nextBytes(tail);
            Ulid ulid = Ulid.of(millis, tail);
            assertEquals(viaBigInteger(millis, tail), ulid.value());
            assertEquals(millis, ulid.epochMillis());
        }
    }

    @Test
    void boundaries() {
        assertEquals("00000000000000000000000000", Ulid.of(0, new byte[10]).value());
        byte[] ones = new byte[10];
        Arrays.fill(ones, (byte) 0xFF);
        assertEquals("7ZZZZZZZZZZZZZZZZZZZZZZZZZ", Ulid.of((1L << 48) - 1, ones).value());
        assertThrows(IllegalArgumentException.class, () -> Ulid.of(1L << 48, new byte[10]));
        assertThrows(IllegalArgumentException.class, () -> Ulid.of(-1, new byte[10]));
        assertThrows(IllegalArgumentException.class, () -> Ulid.of(0, new byte[9]));
    }

    @Test
    void validatesItsText() {
        assertThrows(IllegalArgumentException.class, () -> new Ulid("8ZZZZZZZZZZZZZZZZZZZZZZZZZ"));
        assertThrows(IllegalArgumentException.class, () -> new Ulid("01j2z3y4x5w6v7t8s9r0qpnmkj"));
        assertThrows(IllegalArgumentException.class, () -> new Ulid("01J2Z3Y4X5W6V7T8S9R0QPNMKI"));
        assertThrows(IllegalArgumentException.class, () -> new Ulid("01J2Z3Y4X5W6V7T8S9R0QPNMK"));
    }

    /**
     * Known vector, computed outside Java (Python: the 128-bit integer {@code ms << 80 | int(sha256(...)[:10])} in
     * Crockford base32). 2026-05-17T16:42:00.123456Z truncates to 1779036120123 ms (clarifications #22).
     */
    @Test
    void envelopeUlidKnownVector() {
        Ulid envelope = Ulid.forEnvelope("01J2Z3Y4X5W6V7T8S9R0QPNMKJ", Instant.parse("2026-05-17T16:42:00.123456Z"));
        assertEquals("01KRVD1S1VVAH8GWJVXY888CRH", envelope.value());
        assertEquals(1779036120123L, envelope.epochMillis());
    }

    @Test
    void envelopeUlidIsTheRuleOfTheContract() throws Exception {
        String local = "01HZZZZZZZZZZZZZZZZZZZZZZZ";
        Instant at = Instant.parse("2030-01-02T03:04:05.999999Z");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(("envelope:"
                + local).getBytes(StandardCharsets.UTF_8));
        assertEquals(viaBigInteger(at.toEpochMilli(), Arrays.copyOf(digest, 10)), Ulid.forEnvelope(local, at).value());
        assertEquals(Ulid.forEnvelope(local, at), Ulid.forEnvelope(local, at));
        assertNotEquals(Ulid.forEnvelope(local, at), Ulid.forEnvelope(local + "X", at));
    }

    @Test
    void randomUlidsTakeTimeAndRandomness() {
        Instant at = Instant.parse("2026-05-17T16:42:00.123456Z");
        Ulid first = Ulid.random(at, new SplittableRandom(7));
        assertEquals(first, Ulid.random(at, new SplittableRandom(7)), "deterministic for a seeded generator");
        assertNotEquals(first, Ulid.random(at, new SplittableRandom(8)));
        assertEquals(1779036120123L, first.epochMillis());
        assertTrue(first.value().startsWith("01KRVD1S1V"));
    }
}
