package dev.speckitty.sync.process.control;

import dev.speckitty.sync.core.daemon.control.ServeControlPlane;

/** The daemon's control-plane server (daemon.md §6), bound by app-cli's Dagger module for {@code sync daemon run}. */
public final class ControlPlanes {
    private ControlPlanes() {
    }

    /**
     * HTTP/1.1 on {@code 127.0.0.1} only, on the JDK's {@code com.sun.net.httpserver} server, whose own
     * {@code java.util.logging} output is silenced.
     */
    public static ServeControlPlane loopbackHttp() {
        return new JdkHttpControlPlane();
    }
}
