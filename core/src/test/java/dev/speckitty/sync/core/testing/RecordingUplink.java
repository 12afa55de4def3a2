package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.identity.Scope;
import dev.speckitty.sync.core.uplink.Uplink;
import dev.speckitty.sync.core.uplink.UplinkResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** An uplink that answers with a fixed result and records every delivery asked of it (scope and queue path). */
public final class RecordingUplink implements Uplink {

    /** One delivery request. */
    public record Delivery(String scope, Path queue) {
    }

    private final UplinkResult answer;
    private final List<Delivery> deliveries = new ArrayList<>();

    public RecordingUplink(UplinkResult answer) {
        this.answer = answer;
    }

    /** Behaves like the disabled adapter: every delivery fails with {@code uplink_unavailable}. */
    public static RecordingUplink unavailable() {
        return new RecordingUplink(UplinkResult.failed(0, UplinkResult.UPLINK_UNAVAILABLE));
    }

    @Override
    public synchronized UplinkResult deliver(ResolvedIdentity identity, Path activeQueue) {
        deliveries.add(new Delivery(identity.scope().map(Scope::value).orElse(null), activeQueue));
        return answer;
    }

    public synchronized List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }
}
