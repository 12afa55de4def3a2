package dev.speckitty.sync.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cli.md §3.2 rule 3: HEAD of the nearest checkout, read directly. */
class GitHeadFileTest {

    private static final String LANE = "ref: refs/heads/kitty/mission-012-my-mission-lane-a\n";

    @TempDir
    Path temp;
    private final GitHeadFile git = new GitHeadFile();

    @Test
    void gitDirectoryAboveTheWorkingDirectory() throws IOException {
        Files.createDirectories(temp.resolve("repo/.git"));
        Files.writeString(temp.resolve("repo/.git/HEAD"), LANE);
        Path cwd = Files.createDirectories(temp.resolve("repo/a/b"));
        assertEquals(Optional.of(LANE), git.nearestHead(cwd));
        assertEquals(Optional.of(LANE), git.nearestHead(temp.resolve("repo")));
    }

    @Test
    void gitFileOfAWorktreePointsToItsGitDirectory() throws IOException {
        Path gitDir = Files.createDirectories(temp.resolve("main/.git/worktrees/lane-a"));
        Files.writeString(gitDir.resolve("HEAD"), LANE);
        Path worktree = Files.createDirectories(temp.resolve("main/.worktrees/wt"));
        Files.writeString(worktree.resolve(".git"), "gitdir: ../../.git/worktrees/lane-a\n");
        assertEquals(Optional.of(LANE), git.nearestHead(worktree));
        Files.writeString(worktree.resolve(".git"), "gitdir: " + gitDir + "\n");
        assertEquals(Optional.of(LANE), git.nearestHead(worktree));
    }

    @Test
    void theNearestCheckoutWinsEvenWithoutAHead() throws IOException {
        Files.createDirectories(temp.resolve("outer/.git"));
        Files.writeString(temp.resolve("outer/.git/HEAD"), LANE);
        Files.createDirectories(temp.resolve("outer/inner/.git"));
        assertEquals(Optional.empty(), git.nearestHead(temp.resolve("outer/inner")));
    }

    @Test
    void noCheckoutOrABrokenGitFileMeansNoHead() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(plain.resolve(".git"), "not a gitdir line");
        assertEquals(Optional.empty(), git.nearestHead(plain));
        Files.write(temp.resolve("plain/.git"), new byte[] {(byte) 0xff, (byte) 0xfe});
        assertEquals(Optional.empty(), git.nearestHead(plain));
    }
}
