package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.setupplan.ClockTick;
import dev.speckitty.sync.core.setupplan.LamportClock;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link LamportClock} (on-disk.md §9). */
public abstract class LamportClockContract {

    @TempDir
    protected Path base;

    /**
     * A clock on this machine: {@code hostname} stands for the kernel node name, {@code jvmUserName} for the JVM's
     * {@code user.name}. Clocks made by one test share their storage, like processes share {@code clock.json}.
     */
    protected abstract LamportClock clock(LockFiles locks, Environment environment, String hostname,
            String jvmUserName);

    /** sha256("host-a:alice")[:12], computed with coreutils. */
    private static final String ALICE_ON_HOST_A = "68b5b23d2c75";
    private static final Environment ALICE = Environment.of(Map.of("USER", "alice"));

    @Test
    void ticksCountUpFromOneWithTheDerivedNodeId() throws Exception {
        LamportClock clock = clock(new InMemoryLockFiles(), ALICE, "host-a", "nobody");
        Path root = base.resolve("root");
        assertEquals(new ClockTick(1, ALICE_ON_HOST_A), clock.tick(root));
        assertEquals(new ClockTick(2, ALICE_ON_HOST_A), clock.tick(root));
        assertEquals(new ClockTick(3, ALICE_ON_HOST_A), clock.tick(root));
    }

    @Test
    void anotherClockOnTheSameRootContinuesAndKeepsTheNodeId() throws Exception {
        Path root = base.resolve("root");
        clock(new InMemoryLockFiles(), ALICE, "host-a", "nobody").tick(root);
        ClockTick next = clock(new InMemoryLockFiles(), Environment.of(Map.of()), "host-b", "bob").tick(root);
        assertEquals(new ClockTick(2, ALICE_ON_HOST_A), next);
    }

    @Test
    void rootsAreIndependent() throws Exception {
        LamportClock clock = clock(new InMemoryLockFiles(), ALICE, "host-a", "nobody");
        clock.tick(base.resolve("one"));
        clock.tick(base.resolve("one"));
        assertEquals(1, clock.tick(base.resolve("two")).value());
    }

    @Test
    void theClockLockIsRequired() throws Exception {
        Path root = base.resolve("root");
        InMemoryLockFiles busy = new InMemoryLockFiles();
        busy.holdElsewhere(root, LockName.CLOCK);
        LockUnavailableException error = assertThrows(LockUnavailableException.class,
                () -> clock(busy, ALICE, "host-a", "nobody").tick(root));
        assertEquals(LockName.CLOCK, error.lockName());
        assertEquals(1, clock(new InMemoryLockFiles(), ALICE, "host-a", "nobody").tick(root).value(),
                "a refused tick changes nothing");
    }
}
