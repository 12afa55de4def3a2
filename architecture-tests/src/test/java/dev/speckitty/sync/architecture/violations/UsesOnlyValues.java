package dev.speckitty.sync.architecture.violations;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * The control: what core may do (paths and URIs as values, time from an injected clock). Every rule must pass
 * on it, so the rules are not simply rejecting everything.
 */
final class UsesOnlyValues {
    Path queueUnder(Path root) {
        return root.resolve("queues");
    }

    String host(String serverUrl) {
        return URI.create(serverUrl).getHost();
    }

    Instant now(Clock injected) {
        return Instant.now(injected);
    }
}
