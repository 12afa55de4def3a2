package dev.speckitty.sync.cli.daemon;

import dev.speckitty.sync.core.daemon.run.ReceiveControlToken;
import dev.speckitty.sync.core.daemon.run.ReceiveControlTokenContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** The token contract on real streams: a closed one, and a pipe whose writer stays open and silent. */
class StdinControlTokenTest extends ReceiveControlTokenContract {
    private final List<PipedOutputStream> writers = new ArrayList<>();

    @AfterEach
    void closeWriters() throws IOException {
        for (PipedOutputStream writer : writers) {
            writer.close();
        }
    }

    @Override
    protected ReceiveControlToken endingAfter(byte[] input) {
        return new StdinControlToken(new ByteArrayInputStream(input), new RealClock());
    }

    @Override
    protected ReceiveControlToken silentAfter(byte[] input) throws IOException {
        PipedInputStream stdin = new PipedInputStream(64 * 1024);
        PipedOutputStream writer = new PipedOutputStream(stdin);
        writer.write(input);
        writer.flush();
        writers.add(writer);
        return new StdinControlToken(stdin, new RealClock());
    }
}
