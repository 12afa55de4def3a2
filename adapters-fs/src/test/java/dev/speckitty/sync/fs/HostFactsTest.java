package dev.speckitty.sync.fs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostFactsTest {

    @Test
    void theRealUidIsTheFirstNumberOfTheUidLine() {
        assertEquals(Optional.of(1000L), SystemHostFacts.realUidFromStatus(
                List.of("Name:\tjava", "Uid:\t1000\t0\t0\t0", "Gid:\t1000\t1000\t1000\t1000")));
        assertEquals(Optional.empty(), SystemHostFacts.realUidFromStatus(List.of("Name:\tjava")));
        assertEquals(Optional.empty(), SystemHostFacts.realUidFromStatus(List.of("Uid:\tx")));
    }

    @Test
    void systemFactsMatchThisProcess(@TempDir Path base) throws Exception {
        Path created = Files.createFile(base.resolve("f"));
        long owner = Integer.toUnsignedLong((Integer) Files.getAttribute(created, "unix:uid"));
        assertEquals(owner, HostFacts.system().realUid(), "tests run with real uid = effective uid");
        assertEquals(Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip(),
                HostFacts.system().hostname());
    }

    @Test
    void fixedFactsAreWhatTheySay() {
        HostFacts facts = HostFacts.fixed("h", 7);
        assertEquals("h", facts.hostname());
        assertEquals(7, facts.realUid());
        assertThrows(IllegalArgumentException.class, () -> HostFacts.fixed("h", -1));
    }
}
