package dev.speckitty.sync.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.boundary.ScopeMarkerState;
import dev.speckitty.sync.core.identity.Scope;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** on-disk.md §5.8 through the real file. */
class ScopeMarkerFileTest {

    private static final Optional<Scope> SCOPE = Optional.of(new Scope("https://s|a|t"));

    @TempDir
    Path root;
    private final ScopeMarkerFile marker = new ScopeMarkerFile();

    @Test
    void absentMatchingAndStale() throws IOException {
        assertEquals(ScopeMarkerState.ABSENT, marker.state(root, SCOPE));
        Files.writeString(root.resolve("active_queue_scope"), "  https://s|a|t\n");
        assertEquals(ScopeMarkerState.MATCHES, marker.state(root, SCOPE));
        assertEquals(ScopeMarkerState.STALE, marker.state(root, Optional.empty()));
        Files.writeString(root.resolve("active_queue_scope"), "https://s|b|t");
        assertEquals(ScopeMarkerState.STALE, marker.state(root, SCOPE));
    }

    @Test
    void aSymbolicLinkOrInvalidUtf8IsStale() throws IOException {
        Path target = Files.writeString(root.resolve("elsewhere"), "https://s|a|t");
        Files.createSymbolicLink(root.resolve("active_queue_scope"), target);
        assertEquals(ScopeMarkerState.STALE, marker.state(root, SCOPE));
        Files.delete(root.resolve("active_queue_scope"));
        Files.write(root.resolve("active_queue_scope"), new byte[] {'h', (byte) 0xc3});
        assertEquals(ScopeMarkerState.STALE, marker.state(root, SCOPE));
    }

    @Test
    void aMissingRootIsAbsent() {
        assertEquals(ScopeMarkerState.ABSENT, marker.state(root.resolve("missing"), SCOPE));
    }
}
