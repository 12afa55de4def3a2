package dev.speckitty.sync.cli.daemon;

import dev.speckitty.sync.core.daemon.run.ReceiveControlToken;
import dev.speckitty.sync.core.port.Clock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The token hand-off on stdin (daemon.md §4.4, §5.1 step 3). A daemon thread does the blocking read of the first
 * line; the caller waits for it through the {@link Clock}, polling, for at most the timeout. A reader that is still
 * blocked after the timeout is simply abandoned: the daemon exits 2 right after.
 */
final class StdinControlToken implements ReceiveControlToken {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private final InputStream stdin;
    private final Clock clock;

    StdinControlToken(InputStream stdin, Clock clock) {
        this.stdin = stdin;
        this.clock = clock;
    }

    @Override
    public Optional<String> firstLine(Duration timeout) {
        CompletableFuture<Optional<String>> line = new CompletableFuture<>();
        Thread reader = new Thread(() -> line.complete(readFirstLine(stdin)), "control-token-reader");
        reader.setDaemon(true);
        reader.start();
        long start = clock.monotonicNanos();
        try {
            while (!line.isDone()) {
                if (clock.monotonicNanos() - start >= timeout.toNanos()) {
                    return Optional.empty();
                }
                clock.sleep(POLL_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        return line.join();
    }

    /** At most {@link #MAX_LINE_BYTES} bytes and a {@code \n}; a line cut short by the end of input counts. */
    static Optional<String> readFirstLine(InputStream in) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (true) {
                int b = in.read();
                if (b < 0) {
                    return line.size() == 0 ? Optional.empty() : Optional.of(line.toString(StandardCharsets.UTF_8));
                }
                if (b == '\n') {
                    return Optional.of(line.toString(StandardCharsets.UTF_8));
                }
                if (line.size() == MAX_LINE_BYTES) {
                    return Optional.empty();
                }
                line.write(b);
            }
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }
}
