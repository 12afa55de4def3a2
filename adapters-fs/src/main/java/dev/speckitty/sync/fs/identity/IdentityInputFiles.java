package dev.speckitty.sync.fs.identity;

import dev.speckitty.sync.core.identity.ReadIdentityInputs;
import dev.speckitty.sync.fs.HostFacts;

/** Entry point of this package: the file-backed {@link ReadIdentityInputs}. */
public final class IdentityInputFiles {
    private IdentityInputFiles() {
    }

    /** Reads session, credentials and config under a root; {@code host} supplies the session key password. */
    public static ReadIdentityInputs reader(HostFacts host) {
        return new FileIdentityInputs(host);
    }
}
