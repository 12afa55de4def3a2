package dev.speckitty.sync.cli.files;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads {@code HEAD} of the nearest git checkout at or above a directory (cli.md §3.2 rule 3): a {@code .git}
 * directory holds it; a {@code .git} file {@code gitdir: <path>} points to the directory that does (relative
 * paths count from the file's directory). Git is never executed. Any problem means "no HEAD".
 */
public final class GitHeadFile {

    @Inject
    public GitHeadFile() {
        // stateless; injectable
    }

    private static final String GITDIR_PREFIX = "gitdir:";
    /** HEAD and .git files are a line or two; anything larger is not one. */
    private static final long MAX_BYTES = 64 * 1024;

    public Optional<String> nearestHead(Path workingDirectory) {
        for (Path dir = workingDirectory; dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.isDirectory(dotGit)) {
                return read(dotGit.resolve("HEAD"));
            }
            if (Files.isRegularFile(dotGit)) {
                Path checkout = dir;
                return read(dotGit).flatMap(content -> gitDir(checkout, content))
                        .flatMap(git -> read(git.resolve("HEAD")));
            }
            if (Files.exists(dotGit, LinkOption.NOFOLLOW_LINKS)) {
                return Optional.empty(); // the nearest .git entry is neither (e.g. a dangling link)
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> gitDir(Path checkout, String dotGitContent) {
        String line = dotGitContent.strip();
        if (!line.startsWith(GITDIR_PREFIX)) {
            return Optional.empty();
        }
        String target = line.substring(GITDIR_PREFIX.length()).strip();
        return target.isEmpty() ? Optional.empty() : Optional.of(checkout.resolve(target));
    }

    private static Optional<String> read(Path file) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
        } catch (IOException e) { // unreadable or not UTF-8 (CharacterCodingException)
            return Optional.empty();
        }
    }
}
