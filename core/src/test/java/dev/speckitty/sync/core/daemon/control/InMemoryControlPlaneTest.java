package dev.speckitty.sync.core.daemon.control;

import dev.speckitty.sync.core.testing.InMemoryControlPlane;
import java.util.List;
import java.util.Optional;

class InMemoryControlPlaneTest extends ServeControlPlaneContract {
    private final InMemoryControlPlane plane = new InMemoryControlPlane();

    @Override
    protected ServeControlPlane plane() {
        return plane;
    }

    @Override
    protected int freePort() {
        return 9401;
    }

    @Override
    protected void takeElsewhere(int port) {
        plane.takenElsewhere(port);
    }

    @Override
    protected Optional<Integer> get(int port, String pathAndQuery) {
        int query = pathAndQuery.indexOf('?');
        String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
        return plane.send(port, new ControlRequest("GET", path, List.of("127.0.0.1:" + port), new RequestBody.NotRead()))
                .map(ControlResponse::status);
    }
}
