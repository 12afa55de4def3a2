package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.identity.ResolvedIdentity;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One {@code agent mission setup-plan} invocation (cli.md §14.1), after its {@code --mission} value passed step 1.
 *
 * @param workingDirectory absolute; where the project-root walk of step 4 starts
 * @param saasSyncEnabled  the truthy {@code SPEC_KITTY_ENABLE_SAAS_SYNC} of this invocation
 * @param identity         the identity resolved once for this invocation (step 2); the queue step reuses it
 *                         (on-disk.md §7.1), it is never resolved again
 */
public record SetupPlanRequest(MissionSlug slug, Path workingDirectory, boolean saasSyncEnabled,
                               ResolvedIdentity identity) {
    public SetupPlanRequest {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(identity, "identity");
        if (!workingDirectory.isAbsolute()) {
            throw new IllegalArgumentException("the working directory must be absolute: " + workingDirectory);
        }
    }
}
