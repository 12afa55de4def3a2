package dev.speckitty.sync.process.control;

import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.daemon.control.ControlRequests;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bound JDK server. Exchanges run on a pool of daemon threads that grows on demand, so a client that stalls in the
 * middle of its request holds one thread, never the whole control plane.
 */
final class JdkControlSocket implements ControlPlaneSocket {

    private final HttpServer server;
    private final int port;
    private ExecutorService executor;
    private boolean closed;

    JdkControlSocket(HttpServer server, int port) {
        this.server = server;
        this.port = port;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public synchronized void serve(ControlRequests requests) {
        if (executor != null || closed) {
            throw new IllegalStateException(closed ? "the control plane is closed" : "already serving");
        }
        executor = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(executor);
        server.createContext("/", new ControlExchangeHandler(requests));
        server.start();
    }

    /**
     * {@code HttpServer.stop} closes the listening socket at once and then closes every open connection; responses
     * already flushed (the answer to {@code /api/shutdown}) have reached the client.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.stop(0);
        if (executor != null) {
            executor.shutdown();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return body -> {
            Thread thread = new Thread(body, "control-plane-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
