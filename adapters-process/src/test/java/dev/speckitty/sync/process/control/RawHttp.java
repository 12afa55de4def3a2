package dev.speckitty.sync.process.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A test client that writes exact request bytes to 127.0.0.1 and reads the whole response until the server closes
 * the connection, so headers can be checked byte for byte. Every read has a 5 s timeout.
 */
final class RawHttp {
    static final int FIRST_OWN_PORT = 9401;
    static final int LAST_OWN_PORT = 9408;

    /** One response header as sent. */
    record Header(String name, String value) {
    }

    /** A parsed response: status, headers in order, the exact body bytes. */
    record Response(int status, List<Header> headers, byte[] body) {
        /** Values of a header, its name matched without regard to case. */
        List<String> header(String name) {
            return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private RawHttp() {
    }

    static InetAddress loopback() throws IOException {
        return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    }

    /** The first port of this helper's own band (daemon brief: daemonrun owns 9401–9408) that a trial bind gets. */
    static int freeOwnPort() throws IOException {
        for (int port = FIRST_OWN_PORT; port <= LAST_OWN_PORT; port++) {
            try (ServerSocket trial = new ServerSocket()) {
                trial.bind(new InetSocketAddress(loopback(), port));
                return port;
            } catch (IOException taken) {
                // busy: try the next port of the band
            }
        }
        throw new IOException("no free port in " + FIRST_OWN_PORT + "-" + LAST_OWN_PORT);
    }

    /** Sends the bytes and reads the response; empty when the connection is refused. */
    static Optional<Response> exchange(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(loopback(), port), 2000);
            } catch (ConnectException refused) {
                return Optional.empty();
            }
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            return Optional.of(parse(socket.getInputStream().readAllBytes()));
        }
    }

    static Optional<Response> exchange(int port, String request) throws IOException {
        return exchange(port, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A request with the right Host and, when {@code body} is not null, an exact Content-Length. */
    static Optional<Response> send(int port, String method, String target, byte[] body) throws IOException {
        return send(port, method, target, "127.0.0.1:" + port, body);
    }

    static Optional<Response> send(int port, String method, String target, String host, byte[] body) throws IOException {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        if (host != null) {
            head.append("Host: ").append(host).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + (body == null ? 0 : body.length));
        if (body != null) {
            System.arraycopy(body, 0, all, headBytes.length, body.length);
        }
        return exchange(port, all);
    }

    static Optional<Response> postJson(int port, String path, String json) throws IOException {
        return send(port, "POST", path, json.getBytes(StandardCharsets.UTF_8));
    }

    static Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new AssertionError("no complete response head in " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] status = lines[0].split(" ", 3);
        if (!status[0].equals("HTTP/1.1")) {
            throw new AssertionError("not an HTTP/1.1 status line: " + lines[0]);
        }
        List<Header> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.add(new Header(lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()));
        }
        byte[] body = Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Response(Integer.parseInt(status[1]), headers, body);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Reads whatever arrives until close; for the checks that need the raw bytes. */
    static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    }
}
