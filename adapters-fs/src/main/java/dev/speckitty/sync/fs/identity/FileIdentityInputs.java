package dev.speckitty.sync.fs.identity;

import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SyncConfig;
import dev.speckitty.sync.fs.HostFacts;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * The identity inputs as files under the root. These files are inputs written by the reference CLI, never by this
 * product, so they are read through symbolic links (a dotfile manager may link them; decided here).
 */
final class FileIdentityInputs implements ReadIdentityInputs {
    private final HostFacts host;

    FileIdentityInputs(HostFacts host) {
        this.host = Objects.requireNonNull(host, "host");
    }

    @Override
    public SessionReport readSession(Path root, Instant now) {
        return SessionFile.read(root, now, host);
    }

    @Override
    public CredentialsReport readCredentials(Path root) {
        return CredentialsFile.read(root);
    }

    @Override
    public SyncConfig readConfig(Path root) {
        return ConfigFile.read(root);
    }
}
