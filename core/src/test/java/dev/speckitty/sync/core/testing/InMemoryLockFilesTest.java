package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import java.nio.file.Path;

class InMemoryLockFilesTest extends LockFilesContract {
    private InMemoryLockFiles fake;

    @Override
    protected LockFiles create(Clock clock) {
        fake = new InMemoryLockFiles(clock);
        return fake;
    }

    @Override
    protected AutoCloseable holdInAnotherProcess(Path root, LockName name) {
        fake.holdElsewhere(root, name);
        return () -> fake.releaseElsewhere(root, name);
    }
}
