package dev.speckitty.sync.core.testing;

/** A port a test opened itself (real socket or made-up entry); closing it releases the port. */
public record OpenPort(int port, long pid, AutoCloseable closer) implements AutoCloseable {
    @Override
    public void close() throws Exception {
        closer.close();
    }
}
