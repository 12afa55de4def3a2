package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.SyncPort;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * The port band the daemon-control live tests own (9409–9417, via {@code SPEC_KITTY_SYNC_PORT_RANGE}); a port that
 * is busy is skipped, never touched.
 */
public final class LiveBand {
    public static final int FIRST = 9409;
    public static final int LAST = 9417;
    public static final String RANGE = FIRST + "-" + LAST;

    private LiveBand() {
    }

    /** The first port of the band that refuses connections and can be bound. */
    public static SyncPort freePort() throws IOException {
        for (int port = FIRST; port <= LAST; port++) {
            if (!connects(port) && bindable(port)) {
                return new SyncPort(port);
            }
        }
        throw new BindException("no free port in " + RANGE);
    }

    /** A listener on the first free port of the band; closing it frees the port. */
    public static ServerSocket occupy() throws IOException {
        for (int port = FIRST; port <= LAST; port++) {
            try {
                return new ServerSocket(port, 4, LoopbackHttp.LOOPBACK);
            } catch (BindException taken) {
                // busy: try the next port of the band
            }
        }
        throw new BindException("no free port in " + RANGE);
    }

    private static boolean connects(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LoopbackHttp.LOOPBACK, port), 50);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LoopbackHttp.LOOPBACK, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
