package dev.speckitty.sync.core.uplink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.identity.CredentialsReport;
import dev.speckitty.sync.core.identity.Identity;
import dev.speckitty.sync.core.identity.IdentitySource;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.SessionReport;
import dev.speckitty.sync.core.identity.SyncConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Uplink} does when it cannot deliver: it says so with a reason code instead of throwing, and it
 * leaves the queue as it was (U3: a row is deleted only after the server acknowledged it). Subclassed for the
 * recording fake and for the disabled adapter.
 */
public abstract class UplinkContract {

    /** An uplink that cannot reach any server (for this release: every uplink). */
    protected abstract Uplink undeliverable();

    /** The root the queue lives under. */
    protected abstract Path root() throws Exception;

    /** The bytes of the queue file, to compare before and after; empty when there is no such file. */
    protected abstract Optional<byte[]> queueBytes(Path queue) throws Exception;

    /** Puts a queue holding rows at {@code queue}. */
    protected abstract void plantQueueWithRows(Path queue) throws Exception;

    protected final ResolvedIdentity alice() throws Exception {
        Path root = root();
        Identity identity = new Identity(IdentitySource.CREDENTIALS, "alice@example.com", "team-1",
                "https://spec-kitty-dev.fly.dev");
        return new ResolvedIdentity(root, "https://spec-kitty-dev.fly.dev", SyncConfig.defaults(),
                SessionReport.absent(root.resolve("auth/session.json")), CredentialsReport.absent(root.resolve("credentials")),
                Optional.of(identity), QueuePaths.of(root, Optional.of(identity.scope())), List.of());
    }

    @Test
    void anUndeliverableQueueIsAFailureWithAReasonAndNothingDelivered() throws Exception {
        ResolvedIdentity alice = alice();
        Path queue = alice.queuePaths().active();
        plantQueueWithRows(queue);
        UplinkResult result = undeliverable().deliver(alice, queue);
        assertTrue(result.failureReason().isPresent(), () -> "no server acknowledged anything: " + result);
        assertTrue(result.delivered() == 0, () -> "nothing was acknowledged: " + result);
    }

    @Test
    void aFailedDeliveryLeavesTheQueueUntouched() throws Exception {
        ResolvedIdentity alice = alice();
        Path queue = alice.queuePaths().active();
        plantQueueWithRows(queue);
        byte[] before = queueBytes(queue).orElseThrow();
        undeliverable().deliver(alice, queue);
        assertArrayEquals(before, queueBytes(queue).orElseThrow());
    }
}
