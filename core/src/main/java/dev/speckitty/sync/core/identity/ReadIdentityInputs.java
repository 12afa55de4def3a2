package dev.speckitty.sync.core.identity;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads the identity input files under a root (on-disk.md §5.1, §5.3, §5.4). Never throws on bad files:
 * every problem becomes a status and a diagnostic. Reads only; never writes, locks or caches a file (the
 * scrypt key may be cached in memory per (salt, password)).
 */
public interface ReadIdentityInputs {

    /** {@code <R>/auth/session.json} + {@code session.salt}; {@code now} decides expiry. */
    SessionReport readSession(Path root, Instant now);

    /** {@code <R>/credentials}. */
    CredentialsReport readCredentials(Path root);

    /** {@code <R>/config.toml}; a missing file gives the defaults without warnings. */
    SyncConfig readConfig(Path root);
}
