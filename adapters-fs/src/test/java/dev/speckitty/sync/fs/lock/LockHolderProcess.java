package dev.speckitty.sync.fs.lock;

import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.FakeClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A child JVM for the cross-process lock test: takes {@code args[1]} under root {@code args[0]} with the real
 * adapter, prints {@code HELD}, and releases and exits when its stdin closes.
 */
public final class LockHolderProcess {
    private LockHolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        LockFiles locks = FileLocks.create(FakeClock.at("2026-05-17T16:42:00Z"));
        try (LockFiles.Held held = locks.acquire(Path.of(args[0]), LockName.valueOf(args[1]))) {
            System.out.write("HELD\n".getBytes(StandardCharsets.US_ASCII));
            System.out.flush();
            waitForEndOfInput();
        }
    }

    private static void waitForEndOfInput() throws IOException {
        while (System.in.read() >= 0) {
            // The parent closes our stdin when we should let go.
        }
    }
}
