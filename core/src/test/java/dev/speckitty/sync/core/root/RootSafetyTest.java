package dev.speckitty.sync.core.root;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RootSafetyTest {
    private static final Path ROOT = Path.of("/r");

    @Test
    void theProductDirectoriesInTheirOrder() {
        assertEquals(List.of(Path.of("/r"), Path.of("/r/sync"), Path.of("/r/sync/daemon"), Path.of("/r/queues")),
                RootSafety.productDirectories(ROOT));
    }

    @Test
    void groupWriteIsAllowedOthersWriteIsNot() {
        assertEquals(Optional.empty(), RootSafety.judge(List.of(RootEntry.present(ROOT, 7, 0775)), 7));
        assertEquals(Optional.of(new RootRefusal(ROOT, "writable by others (mode=0o706)")),
                RootSafety.judge(List.of(RootEntry.present(ROOT, 7, 0706)), 7));
    }

    @Test
    void theFirstRefusalWins() {
        Path queues = ROOT.resolve("queues");
        assertEquals(Optional.of(new RootRefusal(queues, "is a symbolic link")),
                RootSafety.judge(List.of(RootEntry.present(ROOT, 7, 0700), RootEntry.absent(ROOT.resolve("sync")),
                        RootEntry.symbolicLink(queues), RootEntry.present(ROOT, 8, 0777)), 7));
    }

    @Test
    void theRefusalMessageIsTheErrorSentence() {
        assertEquals("refusing to use /r: not owned by uid 7", new RootRefusal(ROOT, "not owned by uid 7").message());
    }

    @Test
    void permissionBitsMustBeNineBits() {
        assertThrows(IllegalArgumentException.class, () -> RootEntry.present(ROOT, 1, 01777));
    }
}
