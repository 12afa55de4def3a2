package dev.speckitty.sync.process.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.uplink.Uplink;
import dev.speckitty.sync.core.uplink.UplinkContract;
import dev.speckitty.sync.core.uplink.UplinkResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** daemon.md §13.4: the disabled adapter against the uplink contract, with a real queue file. */
class DisabledUplinkTest extends UplinkContract {
    @TempDir
    Path temp;

    @Override
    protected Uplink undeliverable() {
        return Uplinks.disabled();
    }

    @Override
    protected Path root() {
        return temp.resolve("root");
    }

    @Override
    protected Optional<byte[]> queueBytes(Path queue) throws Exception {
        return Files.exists(queue) ? Optional.of(Files.readAllBytes(queue)) : Optional.empty();
    }

    @Override
    protected void plantQueueWithRows(Path queue) throws Exception {
        Files.createDirectories(queue.getParent());
        Files.writeString(queue, "a queue file with rows", StandardCharsets.UTF_8);
    }

    @Test
    void everyDeliveryIsUplinkUnavailableAndCreatesNothing() throws Exception {
        Path queue = alice().queuePaths().active();
        assertEquals(UplinkResult.failed(0, "uplink_unavailable"), Uplinks.disabled().deliver(alice(), queue));
        assertEquals(Optional.empty(), queueBytes(queue));
        assertEquals(false, Files.exists(root()));
    }
}
