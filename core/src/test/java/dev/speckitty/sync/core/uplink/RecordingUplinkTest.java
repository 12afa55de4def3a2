package dev.speckitty.sync.core.uplink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.testing.RecordingUplink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordingUplinkTest extends UplinkContract {
    private final RecordingUplink uplink = RecordingUplink.unavailable();
    private final Map<Path, byte[]> files = new HashMap<>();

    @Override
    protected Uplink undeliverable() {
        return uplink;
    }

    @Override
    protected Path root() {
        return Path.of("/r");
    }

    @Override
    protected Optional<byte[]> queueBytes(Path queue) {
        return Optional.ofNullable(files.get(queue)).map(byte[]::clone);
    }

    @Override
    protected void plantQueueWithRows(Path queue) {
        files.put(queue, "rows".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void itRecordsTheScopeAndTheQueueOfEachDelivery() throws Exception {
        Path queue = alice().queuePaths().active();
        uplink.deliver(alice(), queue);
        assertEquals(List.of(new RecordingUplink.Delivery("https://spec-kitty-dev.fly.dev|alice@example.com|team-1", queue)),
                uplink.deliveries());
    }
}
