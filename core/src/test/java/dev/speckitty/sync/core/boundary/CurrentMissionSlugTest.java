package dev.speckitty.sync.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CurrentMissionSlugTest {

    private static Optional<String> noHead() {
        return Optional.empty();
    }

    @Test
    void laneWorktreeDirectoryNamesTheMission() {
        assertEquals(Optional.of("012-my-mission"), CurrentMissionSlug.of(
                Path.of("/p/.worktrees/012-my-mission-lane-a/src"), CurrentMissionSlugTest::noHead));
    }

    @Test
    void worktreeComponentMustMatchTheLanePattern() {
        assertEquals(Optional.empty(), CurrentMissionSlug.fromWorkingDirectory(Path.of("/p/.worktrees/12-x-lane-a")));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromWorkingDirectory(Path.of("/p/.worktrees/012-x-lane-A")));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromWorkingDirectory(Path.of("/p/.worktrees/012-x")));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromWorkingDirectory(Path.of("/p/.worktrees")));
    }

    @Test
    void kittySpecsDirectoryNamesTheMission() {
        assertEquals(Optional.of("013-other-mission"),
                CurrentMissionSlug.fromWorkingDirectory(Path.of("/p/kitty-specs/013-other-mission/tasks")));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromWorkingDirectory(Path.of("/p/kitty-specs")));
    }

    @Test
    void laneWorktreeWinsOverKittySpecs() {
        assertEquals(Optional.of("012-a"), CurrentMissionSlug.fromWorkingDirectory(
                Path.of("/p/kitty-specs/013-b/.worktrees/012-a-lane-x")));
    }

    @Test
    void headIsReadOnlyWhenTheDirectoryNamesNoMission() {
        AtomicInteger reads = new AtomicInteger();
        CurrentMissionSlug.of(Path.of("/p/kitty-specs/013-b"), () -> {
            reads.incrementAndGet();
            return Optional.of("ref: refs/heads/kitty/mission-012-a-lane-b\n");
        });
        assertEquals(0, reads.get());
        assertEquals(Optional.of("012-a"), CurrentMissionSlug.of(Path.of("/p/src"), () -> {
            reads.incrementAndGet();
            return Optional.of("ref: refs/heads/kitty/mission-012-a-lane-b\n");
        }));
        assertEquals(1, reads.get());
    }

    @Test
    void laneBranchInHeadNamesTheMission() {
        assertEquals(Optional.of("012-my-mission"),
                CurrentMissionSlug.fromHead("ref: refs/heads/kitty/mission-012-my-mission-lane-c\n"));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromHead("ref: refs/heads/main\n"));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromHead("ref: refs/heads/kitty/mission-012-x\n"));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromHead("0123456789abcdef0123456789abcdef01234567\n"));
        assertEquals(Optional.empty(), CurrentMissionSlug.fromHead("ref: refs/tags/kitty/mission-012-x-lane-a"));
    }
}
