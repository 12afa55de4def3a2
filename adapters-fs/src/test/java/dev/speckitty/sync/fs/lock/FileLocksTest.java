package dev.speckitty.sync.fs.lock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.testing.LockFilesContract;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The lock contract on real files; "another process" is a child JVM holding the lock with this adapter. */
class FileLocksTest extends LockFilesContract {
    private static final long CHILD_TIMEOUT_SECONDS = 30;

    @Override
    protected LockFiles create(Clock clock) {
        return FileLocks.create(clock);
    }

    @Override
    protected AutoCloseable holdInAnotherProcess(Path root, LockName name) throws Exception {
        Path errors = Files.createTempFile(root.getParent(), "lock-holder", ".err");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolderProcess.class.getName(),
                root.toString(), name.name())
                .redirectError(errors.toFile())
                .start();
        try {
            BufferedReader output = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII));
            String line = CompletableFuture.supplyAsync(() -> readLine(output))
                    .get(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertEquals("HELD", line, () -> "lock holder failed: " + readQuietly(errors));
        } catch (Exception | AssertionError e) {
            stop(child);
            throw e;
        }
        return () -> {
            child.getOutputStream().close();
            boolean exited = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            if (!exited) {
                stop(child);
            }
            assertTrue(exited, "lock holder did not exit");
            assertEquals(0, child.exitValue(), () -> "lock holder failed: " + readQuietly(errors));
        };
    }

    private static String readLine(BufferedReader reader) {
        try {
            return reader.readLine();
        } catch (java.io.IOException e) {
            return "read failed: " + e;
        }
    }

    private static void stop(Process child) throws InterruptedException {
        child.destroyForcibly();
        child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return "(no stderr: " + e.getClass().getSimpleName() + ")";
        }
    }
}
