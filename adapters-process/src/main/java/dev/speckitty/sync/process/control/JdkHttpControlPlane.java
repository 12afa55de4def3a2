package dev.speckitty.sync.process.control;

import com.sun.net.httpserver.HttpServer;
import dev.speckitty.sync.core.daemon.control.ControlPlaneBindException;
import dev.speckitty.sync.core.daemon.control.ControlPlaneSocket;
import dev.speckitty.sync.core.daemon.control.ServeControlPlane;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Binds the JDK HTTP server to {@code 127.0.0.1:<port>} (daemon.md §5.1 step 4, §6.1). */
final class JdkHttpControlPlane implements ServeControlPlane {

    private static final InetAddress LOOPBACK = ipv4Loopback();
    private static final int BACKLOG = 50;

    /**
     * daemon.md §6.1: the server's own logging never reaches stderr or sync-daemon.log. java.util.logging keeps
     * loggers weakly, so the configured ones are held here; the class initialiser runs before the first server.
     */
    private static final List<Logger> SILENCED = List.of(silence("com.sun.net.httpserver"), silence("sun.net.httpserver"));

    private static Logger silence(String name) {
        Logger logger = Logger.getLogger(name);
        logger.setLevel(Level.OFF);
        logger.setUseParentHandlers(false);
        return logger;
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException("a 4-byte address is always valid", impossible);
        }
    }

    @Override
    public ControlPlaneSocket bind(int port) throws ControlPlaneBindException {
        HttpServer server;
        try {
            server = HttpServer.create();
        } catch (IOException e) {
            throw new ControlPlaneBindException(reason(e), e);
        }
        try {
            server.bind(new InetSocketAddress(LOOPBACK, port), BACKLOG);
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            server.stop(0);
            throw new ControlPlaneBindException(reason(e), e);
        }
        return new JdkControlSocket(server, port);
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
