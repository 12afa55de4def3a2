package dev.speckitty.sync.core.daemon.lifecycle;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.BackgroundDaemonPolicy;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import java.util.Objects;

/**
 * One ensure call: the intent, the invocation's environment (gates, allocation range, the child's environment),
 * the foreground identity (reuse decision, the child's version and executable marker) and the
 * {@code [sync].background_daemon} policy (gate 3).
 */
public record EnsureRequest(EnsureIntent intent, Environment environment, ForegroundIdentity foreground,
                            BackgroundDaemonPolicy policy) {
    public EnsureRequest {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(policy, "policy");
    }
}
