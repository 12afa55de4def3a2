package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.testing.OpenPort;
import org.junit.jupiter.api.Test;

/** What every {@link TryBindLoopback} does (daemon.md §3.2 step 3); subclassed for the fake and the socket adapter. */
public abstract class TryBindLoopbackContract {

    protected abstract TryBindLoopback binder();

    /** A sync-range port nobody holds. */
    protected abstract SyncPort freePort() throws Exception;

    /** A sync-range port on which another listener is bound on 127.0.0.1. */
    protected abstract OpenPort occupy() throws Exception;

    @Test
    void aFreePortCanBeBoundAndIsNotHeldAfterwards() throws Exception {
        SyncPort port = freePort();
        assertTrue(binder().canBind(port));
        assertTrue(binder().canBind(port), "the trial socket was closed at once");
    }

    @Test
    void aPortWithAListenerCannotBeBound() throws Exception {
        try (OpenPort taken = occupy()) {
            assertFalse(binder().canBind(new SyncPort(taken.port())));
        }
    }
}
