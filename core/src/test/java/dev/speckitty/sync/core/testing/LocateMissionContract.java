package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.MissionStatus;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link LocateMission} (cli.md §14.1 steps 4–6), for the fake and the real adapter. */
public abstract class LocateMissionContract {

    @TempDir
    protected Path base;

    protected abstract SetupPlanTreeFixture tree();

    protected abstract LocateMission locate();

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");

    @Test
    void findsTheNearestAncestorWithAKittifyDirectory() {
        Path outer = base.resolve("outer");
        Path project = outer.resolve("project");
        tree().directory(outer.resolve(".kittify"));
        tree().directory(project.resolve(".kittify"));
        Path deep = project.resolve("kitty-specs/001-checkout/research");
        tree().directory(deep);

        assertEquals(Optional.of(project), locate().findProjectRoot(deep));
        assertEquals(Optional.of(project), locate().findProjectRoot(project));
        assertEquals(Optional.of(outer), locate().findProjectRoot(outer.resolve("sibling")));
    }

    @Test
    void aKittifyFileIsNotAProjectMarker() {
        Path outer = base.resolve("outer");
        tree().directory(outer.resolve(".kittify"));
        tree().file(outer.resolve("inner/.kittify"), "not a directory".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.of(outer), locate().findProjectRoot(outer.resolve("inner")));
    }

    @Test
    void noMarkerAnywhereFindsNothingAndCreatesNothing() {
        Path nowhere = base.resolve("a/b/c");
        assertEquals(Optional.empty(), locate().findProjectRoot(nowhere));
        assertFalse(tree().exists(base.resolve("a")));
    }

    @Test
    void missionChecks() {
        Path project = base.resolve("project");
        tree().directory(project.resolve(".kittify"));
        MissionPaths mission = new MissionPaths(project, SLUG);

        assertEquals(MissionStatus.MISSION_NOT_FOUND, locate().check(mission));
        assertFalse(tree().exists(project.resolve("kitty-specs")), "checking creates nothing");

        tree().directory(mission.missionDirectory());
        assertEquals(MissionStatus.SPEC_FILE_MISSING, locate().check(mission));
        assertFalse(tree().exists(mission.specFile()));

        tree().directory(mission.specFile());
        assertEquals(MissionStatus.SPEC_FILE_MISSING, locate().check(mission), "spec.md must be a regular file");

        MissionPaths other = new MissionPaths(project, new MissionSlug("002-other"));
        tree().file(other.specFile(), "# Spec\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(MissionStatus.FOUND, locate().check(other));
    }

    @Test
    void aMissionPathThatIsAFileIsNotFound() {
        Path project = base.resolve("project");
        MissionPaths mission = new MissionPaths(project, SLUG);
        tree().file(mission.missionDirectory(), new byte[] {1});
        assertEquals(MissionStatus.MISSION_NOT_FOUND, locate().check(mission));
    }

    @Test
    void aSpecSymlinkToARegularFileCounts() {
        Path project = base.resolve("project");
        MissionPaths mission = new MissionPaths(project, SLUG);
        tree().file(project.resolve("shared/spec.md"), "# Spec\n".getBytes(StandardCharsets.UTF_8));
        tree().symlink(mission.specFile(), project.resolve("shared/spec.md"));
        assertEquals(MissionStatus.FOUND, locate().check(mission));
        tree().symlink(new MissionPaths(project, new MissionSlug("003-dangling")).specFile(),
                project.resolve("gone.md"));
        assertEquals(MissionStatus.SPEC_FILE_MISSING,
                locate().check(new MissionPaths(project, new MissionSlug("003-dangling"))));
    }
}
