package dev.speckitty.sync.fs.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.OwnerRecordReading;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OwnerJsonTest {
    static OwnerRecord sample() {
        return new OwnerRecord("alice@example.com", "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "team-1",
                "/opt/<sk>&'=/lib/spec-kitty-sync.jar", "3.2.4", 12345, 9400, "/r/queues/queue-8b85169673aa98b5.db",
                "https://spec-kitty-dev.fly.dev", "/opt/sk", "2026-05-17T16:42:00+00:00",
                new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877"));
    }

    @Test
    void theWriterSortsKeysKeepsNullsAndDoesNotEscapeHtml() {
        OwnerRecord unauthenticated = new OwnerRecord(null, null, null, sample().executablePath(), "3.2.4", 12345, 9400,
                "/r/queue.db", "https://spec-kitty-dev.fly.dev", "/opt/sk", "2026-05-17T16:42:00+00:00", sample().token());
        assertEquals("""
                {
                  "auth_principal": null,
                  "auth_scope": null,
                  "auth_team": null,
                  "executable_path": "/opt/<sk>&'=/lib/spec-kitty-sync.jar",
                  "package_version": "3.2.4",
                  "pid": 12345,
                  "port": 9400,
                  "queue_db_path": "/r/queue.db",
                  "server_url": "https://spec-kitty-dev.fly.dev",
                  "source_checkout_path": "/opt/sk",
                  "started_at": "2026-05-17T16:42:00+00:00",
                  "token": "3f9a0c5e8d7b6a5f4e3d2c1b0a998877"
                }
                """, new String(OwnerJson.encode(unauthenticated), StandardCharsets.UTF_8));
    }

    @Test
    void whatIsWrittenReadsBack() {
        assertEquals(new OwnerRecordReading.Found(sample()),
                OwnerJson.decode(Path.of("/r/sync/daemon/owner.json"), OwnerJson.encode(sample()), path -> path));
    }
}
