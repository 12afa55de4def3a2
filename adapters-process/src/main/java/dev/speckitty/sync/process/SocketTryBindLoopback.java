package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** The trial bind of port allocation (daemon.md §3.2 step 3): 127.0.0.1 only, {@code SO_REUSEADDR}, closed at once. */
final class SocketTryBindLoopback implements TryBindLoopback {

    @Override
    public boolean canBind(SyncPort port) {
        if (!SyncPort.contains(port.value())) {
            throw new IllegalArgumentException("refusing to bind port " + port.value() + " outside the sync range");
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(LoopbackHttp.LOOPBACK, port.value()), 1);
            return true;
        } catch (IOException taken) {
            return false;
        }
    }
}
