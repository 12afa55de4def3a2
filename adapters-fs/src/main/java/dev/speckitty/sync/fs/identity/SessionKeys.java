package dev.speckitty.sync.fs.identity;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.crypto.generators.SCrypt;

/**
 * The session key: scrypt(password, salt, N=16384, r=8, p=1, dkLen=32) via BouncyCastle (on-disk.md §5.4).
 * Derivation costs about 16 MiB and tens of milliseconds, so each (salt, password) is derived once per process
 * (contract README §6). The cache lives in memory only.
 */
final class SessionKeys {
    static final int COST = 16384;
    static final int BLOCK_SIZE = 8;
    static final int PARALLELISM = 1;
    static final int KEY_LENGTH = 32;

    private static final Map<CacheKey, byte[]> CACHE = new ConcurrentHashMap<>();
    private static final AtomicInteger DERIVATIONS = new AtomicInteger();

    private SessionKeys() {
    }

    private record CacheKey(String saltHex, String password) {
    }

    /** The key for this salt and password, derived on first use in this process. */
    static byte[] key(byte[] salt, String password) {
        return CACHE.computeIfAbsent(new CacheKey(HexFormat.of().formatHex(salt), password),
                k -> derive(salt, password));
    }

    /** The scrypt derivation itself, uncached. */
    static byte[] derive(byte[] salt, String password) {
        DERIVATIONS.incrementAndGet();
        return SCrypt.generate(password.getBytes(StandardCharsets.UTF_8), salt, COST, BLOCK_SIZE, PARALLELISM,
                KEY_LENGTH);
    }

    /** How many derivations this process has run (to prove the cache works). */
    static int derivations() {
        return DERIVATIONS.get();
    }
}
