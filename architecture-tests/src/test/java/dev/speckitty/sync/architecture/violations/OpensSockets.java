package dev.speckitty.sync.architecture.violations;

import java.io.IOException;
import java.net.Socket;

/** Opens a socket, as core must not. */
final class OpensSockets {
    Socket connect(int port) throws IOException {
        return new Socket("127.0.0.1", port);
    }
}
