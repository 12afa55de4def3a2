package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.daemon.TryBindLoopback;
import dev.speckitty.sync.core.daemon.TryBindLoopbackContract;
import dev.speckitty.sync.core.testing.OpenPort;
import java.net.ServerSocket;

class SocketTryBindLoopbackTest extends TryBindLoopbackContract {
    private final TryBindLoopback binder = ProcessAdapters.tryBindLoopback();

    @Override
    protected TryBindLoopback binder() {
        return binder;
    }

    @Override
    protected SyncPort freePort() throws Exception {
        ServerSocket socket = SyncRangeServers.silent();
        socket.close();
        return new SyncPort(socket.getLocalPort());
    }

    @Override
    protected OpenPort occupy() throws Exception {
        ServerSocket socket = SyncRangeServers.silent();
        return new OpenPort(socket.getLocalPort(), ProcessHandle.current().pid(), socket);
    }
}
