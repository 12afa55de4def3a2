package dev.speckitty.sync.cli.files;

import dev.speckitty.sync.core.boundary.ScopeMarkerState;
import dev.speckitty.sync.core.identity.Scope;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The reference's informational {@code <R>/active_queue_scope} marker (on-disk.md §5.8), read only to report
 * whether it matches the resolved scope. Opened without following symbolic links (clarifications #30); a link,
 * an unreadable file or invalid UTF-8 reads as "stale".
 */
public final class ScopeMarkerFile {

    @Inject
    public ScopeMarkerFile() {
        // stateless; injectable
    }

    static final String FILE_NAME = "active_queue_scope";
    /** A scope string is short; a larger file cannot match. */
    private static final int MAX_BYTES = 64 * 1024;

    public ScopeMarkerState state(Path root, Optional<Scope> scope) {
        try (SeekableByteChannel channel = Files.newByteChannel(root.resolve(FILE_NAME), StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                return ScopeMarkerState.classify(true, Optional.empty(), scope);
            }
            String content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return ScopeMarkerState.classify(true, Optional.of(content), scope);
        } catch (NoSuchFileException e) {
            return ScopeMarkerState.ABSENT;
        } catch (IOException e) { // unreadable, a symbolic link, a directory, or not UTF-8
            return ScopeMarkerState.classify(true, Optional.empty(), scope);
        }
    }
}
