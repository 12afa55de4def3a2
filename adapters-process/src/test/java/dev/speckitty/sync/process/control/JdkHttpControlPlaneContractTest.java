package dev.speckitty.sync.process.control;

import dev.speckitty.sync.core.daemon.control.ServeControlPlane;
import dev.speckitty.sync.core.daemon.control.ServeControlPlaneContract;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The port contract against the JDK HTTP server on real loopback ports of this helper's band. */
class JdkHttpControlPlaneContractTest extends ServeControlPlaneContract {
    private final ServeControlPlane plane = ControlPlanes.loopbackHttp();
    private final List<ServerSocket> heldElsewhere = new ArrayList<>();

    @AfterEach
    void releasePorts() throws IOException {
        for (ServerSocket socket : heldElsewhere) {
            socket.close();
        }
    }

    @Override
    protected ServeControlPlane plane() {
        return plane;
    }

    @Override
    protected int freePort() throws IOException {
        return RawHttp.freeOwnPort();
    }

    @Override
    protected void takeElsewhere(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(RawHttp.loopback(), port));
        heldElsewhere.add(socket);
    }

    @Override
    protected Optional<Integer> get(int port, String pathAndQuery) throws IOException {
        return RawHttp.send(port, "GET", pathAndQuery, null).map(RawHttp.Response::status);
    }
}
