package dev.speckitty.sync.core.uplink;

import dev.speckitty.sync.core.identity.ResolvedIdentity;
import java.nio.file.Path;

/**
 * Delivers the rows of the active queue to the SaaS (daemon.md §13.4). The wire protocol is outside this contract;
 * this release ships one adapter, {@code DisabledUplink}, which fails every delivery with
 * {@link UplinkResult#UPLINK_UNAVAILABLE} and touches nothing. Every adapter obeys U1–U6 of §13.4: no network call
 * without SaaS sync and an identity, a row deleted only after the server acknowledged it, and no token or payload
 * in any result, log line or output.
 */
public interface Uplink {

    /**
     * Delivers what {@code activeQueue} holds for {@code identity}. Never throws for a delivery failure: the
     * result carries its reason.
     *
     * @param identity    the identity resolved for this pass; it is authenticated
     * @param activeQueue the scoped queue {@code default_queue_db_path()} returned for that identity
     */
    UplinkResult deliver(ResolvedIdentity identity, Path activeQueue);
}
