package dev.speckitty.sync.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client for 127.0.0.1 only, with one deadline for connect, request and response. It needs
 * no proxy settings and no connection pool, and it reads the reference daemon's HTTP/1.0 answers without
 * {@code Content-Length} (body until close) as well as fixed-length and chunked bodies.
 */
final class LoopbackHttp {
    /** Always 127.0.0.1, never {@code localhost} or ::1 (daemon.md §6.1). */
    static final InetAddress LOOPBACK = ipv4Loopback();
    private static final int MAX_HEAD = 64 * 1024;
    private static final int MAX_BODY = 1024 * 1024;

    /** A response status with its body. */
    record Response(int status, byte[] body) {
    }

    /** The exchange failed; the message is a short diagnostic that never quotes the response. */
    static final class HttpFailure extends Exception {
        private static final long serialVersionUID = 1L;

        HttpFailure(String message) {
            super(message);
        }
    }

    private LoopbackHttp() {
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (IOException impossible) {
            throw new IllegalStateException("a 4-byte address is always valid", impossible);
        }
    }

    /** Whether a TCP connect to {@code 127.0.0.1:<port>} succeeds within the timeout. */
    static boolean connects(int port, Duration timeout) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(LOOPBACK, port), millis(timeout));
            return true;
        } catch (IOException refusedOrTimedOut) {
            return false;
        }
    }

    static Response get(int port, String path, Duration timeout) throws HttpFailure {
        return exchange(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                + "Connection: close\r\n\r\n", new byte[0], timeout);
    }

    /**
     * {@code POST} of a JSON body. The body may carry a secret (the control token): it is written to the socket and
     * nowhere else, and no failure message quotes it.
     */
    static Response postJson(int port, String path, byte[] body, Duration timeout) throws HttpFailure {
        return exchange(port, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nAccept: application/json\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n",
                body, timeout);
    }

    private static Response exchange(int port, String head, byte[] body, Duration timeout) throws HttpFailure {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Socket socket = new Socket()) {
            try {
                socket.connect(new InetSocketAddress(LOOPBACK, port), millis(timeout));
            } catch (SocketTimeoutException e) {
                throw new HttpFailure("connect timed out");
            } catch (IOException e) {
                throw new HttpFailure("connection refused");
            }
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return read(new DeadlineInput(socket, deadline));
        } catch (SocketTimeoutException e) {
            throw new HttpFailure("timed out");
        } catch (IOException e) {
            throw new HttpFailure("I/O error: " + e.getClass().getSimpleName());
        }
    }

    private static Response read(DeadlineInput in) throws IOException, HttpFailure {
        String statusLine = in.line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("[0-9]{3}")) {
            throw new HttpFailure("malformed HTTP response");
        }
        int status = Integer.parseInt(parts[1]);
        long contentLength = -1;
        boolean chunked = false;
        for (String header = in.line(); !header.isEmpty(); header = in.line()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw new HttpFailure("malformed HTTP header");
            }
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).strip();
            if (name.equals("content-length")) {
                if (!value.matches("[0-9]{1,10}")) {
                    throw new HttpFailure("malformed Content-Length");
                }
                contentLength = Long.parseLong(value);
            } else if (name.equals("transfer-encoding")) {
                chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
            }
        }
        byte[] body;
        if (chunked) {
            body = in.chunked();
        } else if (contentLength >= 0) {
            if (contentLength > MAX_BODY) {
                throw new HttpFailure("response body too large");
            }
            body = in.exactly((int) contentLength);
        } else {
            body = in.untilClose();
        }
        return new Response(status, body);
    }

    private static int millis(Duration timeout) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toMillis()));
    }

    /** Reads from the socket, re-arming the read timeout with what is left of the deadline before each read. */
    private static final class DeadlineInput {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private int headBytes;

        DeadlineInput(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        private int next() throws IOException {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SocketTimeoutException("deadline passed");
            }
            socket.setSoTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, left / 1_000_000)));
            return in.read();
        }

        /** One header line without its CRLF (a bare LF is accepted). */
        String line() throws IOException, HttpFailure {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            while (true) {
                int b = next();
                if (b < 0) {
                    throw new HttpFailure("connection closed in the response head");
                }
                if (++headBytes > MAX_HEAD) {
                    throw new HttpFailure("response head too large");
                }
                if (b == '\n') {
                    byte[] bytes = line.toByteArray();
                    int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                    return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
                }
                line.write(b);
            }
        }

        byte[] exactly(int length) throws IOException, HttpFailure {
            ByteArrayOutputStream body = new ByteArrayOutputStream(length);
            for (int i = 0; i < length; i++) {
                int b = next();
                if (b < 0) {
                    throw new HttpFailure("connection closed in the response body");
                }
                body.write(b);
            }
            return body.toByteArray();
        }

        byte[] untilClose() throws IOException, HttpFailure {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int b = next(); b >= 0; b = next()) {
                if (body.size() >= MAX_BODY) {
                    throw new HttpFailure("response body too large");
                }
                body.write(b);
            }
            return body.toByteArray();
        }

        byte[] chunked() throws IOException, HttpFailure {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int extension = sizeLine.indexOf(';');
                String size = (extension < 0 ? sizeLine : sizeLine.substring(0, extension)).strip();
                if (!size.matches("[0-9a-fA-F]{1,7}")) {
                    throw new HttpFailure("malformed chunk size");
                }
                int length = Integer.parseInt(size, 16);
                if (length == 0) {
                    for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
                        // trailers carry nothing we need
                    }
                    return body.toByteArray();
                }
                if (body.size() + length > MAX_BODY) {
                    throw new HttpFailure("response body too large");
                }
                body.writeBytes(exactly(length));
                if (!line().isEmpty()) {
                    throw new HttpFailure("malformed chunk");
                }
            }
        }
    }
}
