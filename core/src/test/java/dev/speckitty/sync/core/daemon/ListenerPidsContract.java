package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.speckitty.sync.core.testing.OpenPort;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** What every {@link ListenerPids} does; subclassed for the fake and for the /proc adapter. */
public abstract class ListenerPidsContract {

    protected abstract ListenerPids listeners();

    /** Opens a listening socket on 127.0.0.1; {@link OpenPort#pid()} is the process holding it. */
    protected abstract OpenPort listenOnLoopback() throws Exception;

    /** Binds a socket on 127.0.0.1 without listening on it. */
    protected abstract OpenPort bindWithoutListening() throws Exception;

    @Test
    void aLoopbackListenerIsFoundByItsPort() throws Exception {
        try (OpenPort open = listenOnLoopback()) {
            assertEquals(OptionalLong.of(open.pid()), listeners().listenerPid(open.port()));
        }
    }

    @Test
    void aClosedListenerIsNoLongerFound() throws Exception {
        OpenPort open = listenOnLoopback();
        open.close();
        assertNotEquals(OptionalLong.of(open.pid()), listeners().listenerPid(open.port()));
    }

    @Test
    void aBoundSocketThatDoesNotListenIsNoListener() throws Exception {
        try (OpenPort bound = bindWithoutListening()) {
            assertEquals(OptionalLong.empty(), listeners().listenerPid(bound.port()));
        }
    }
}
