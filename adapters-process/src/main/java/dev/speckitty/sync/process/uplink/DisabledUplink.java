package dev.speckitty.sync.process.uplink;

import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.uplink.Uplink;
import dev.speckitty.sync.core.uplink.UplinkResult;
import java.nio.file.Path;

/**
 * The only uplink of this release (daemon.md §13.4): the wire protocol to the SaaS is outside the contract, so a pass
 * that finds rows fails with {@code uplink_unavailable}. It makes no network call and leaves every row untouched —
 * no delete, no retry bookkeeping — so delivery can begin in a later release with nothing lost.
 */
final class DisabledUplink implements Uplink {

    @Override
    public UplinkResult deliver(ResolvedIdentity identity, Path activeQueue) {
        return UplinkResult.failed(0, UplinkResult.UPLINK_UNAVAILABLE);
    }
}
