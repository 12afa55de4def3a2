package dev.speckitty.sync.core.testing;

import java.time.Instant;
import java.util.List;

/**
 * A process a test started itself (real or made up), with the window in which it was started. Closing it stops
 * the process if it still runs; a test signals nothing else.
 */
public record StartedProcess(long pid, List<String> argv, Instant notBefore, Instant notAfter, AutoCloseable stopper)
        implements AutoCloseable {

    public StartedProcess {
        argv = List.copyOf(argv);
    }

    @Override
    public void close() throws Exception {
        stopper.close();
    }
}
