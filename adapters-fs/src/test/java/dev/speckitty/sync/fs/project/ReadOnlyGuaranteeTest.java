package dev.speckitty.sync.fs.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.core.setupplan.ArtifactFile;
import dev.speckitty.sync.core.setupplan.LifecycleEvent;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.MissionStatus;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import dev.speckitty.sync.core.testing.TempRoots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SC-4's foundation: every read the setup-plan steps 4–7 perform (and an idempotent re-run of the event append)
 * leaves the project, the root and the home byte-identical: no file or directory appears, none changes.
 */
class ReadOnlyGuaranteeTest {

    @TempDir
    Path base;

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");

    /** Path → kind, mode, mtime and content digest (or link target), for everything under {@code top}. */
    private static Map<String, String> snapshot(Path top) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path path : walk.toList()) {
                BasicFileAttributes attrs = Files.readAttributes(path, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                String description;
                if (attrs.isSymbolicLink()) {
                    description = "link -> " + Files.readSymbolicLink(path);
                } else {
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path,
                            LinkOption.NOFOLLOW_LINKS));
                    description = (attrs.isDirectory() ? "dir " : "file ") + mode + " " + attrs.lastModifiedTime()
                            + (attrs.isRegularFile() ? " " + HexFormat.of().formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path))) : "");
                }
                entries.put(top.relativize(path).toString(), description);
            }
        }
        return entries;
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void readingTheProjectChangesNothingAnywhere() throws Exception {
        Path home = Files.createDirectories(base.resolve("home"));
        Path root = base.resolve("root");
        Path project = base.resolve("work/shop");
        MissionPaths mission = new MissionPaths(project, SLUG);
        write(mission.configFile(), "project:\n  uuid: 6f1c\n  slug: shop\n");
        write(mission.specFile(), "# Spec\n");
        write(mission.planFile(), "# Plan\n\nReal.\n");
        write(mission.metaFile(), "{\"mission_number\": 1}");
        write(mission.missionDirectory().resolve("research/notes.md"), "notes");
        write(mission.missionDirectory().resolve("tasks/WP01.md"), "# WP01");
        Files.createSymbolicLink(mission.missionDirectory().resolve("contracts"), project.resolve(".kittify"));
        write(project.resolve("kitty-specs/002-broken/meta.json"), "{broken");
        Files.createDirectories(project.resolve("kitty-specs/003-empty"));
        Path plain = Files.createDirectories(base.resolve("work/plain"));
        List<LifecycleEvent> events = LifecycleEvent.candidates(true, SLUG, MissionMeta.defaults(),
                ProjectConfig.empty(),
                Instant.parse("2026-05-17T16:42:00Z"), new SplittableRandom(1));
        ProjectFiles.lifecycleEventLog(FakeClock.at("2026-05-17T16:42:00Z")).appendMissing(mission.eventsFile(),
                events);

        Map<String, String> before = snapshot(base);
        RecordingOperatorLog log = new RecordingOperatorLog();
        ReadProjectInputs inputs = ProjectFiles.readProjectInputs(log);

        assertEquals(Optional.of(project),
                ProjectFiles.locateMission().findProjectRoot(mission.missionDirectory().resolve("research")));
        assertEquals(Optional.empty(), ProjectFiles.locateMission().findProjectRoot(plain.resolve("not/there")));
        assertEquals(MissionStatus.FOUND, ProjectFiles.locateMission().check(mission));
        assertEquals(MissionStatus.MISSION_NOT_FOUND, ProjectFiles.locateMission().check(new MissionPaths(project,
                new MissionSlug("404"))));
        assertEquals(MissionStatus.SPEC_FILE_MISSING, ProjectFiles.locateMission().check(new MissionPaths(project,
                new MissionSlug("003-empty"))));
        assertEquals(Optional.of("6f1c"), inputs.readProjectConfig(project).uuid());
        assertEquals(ProjectConfig.empty(), inputs.readProjectConfig(plain));
        assertEquals(ProjectConfig.empty(), inputs.readProjectConfig(base.resolve("work/absent")));
        assertEquals(1L, inputs.readMissionMeta(mission.missionDirectory()).missionNumber().getAsLong());
        assertEquals(MissionMeta.defaults(), inputs.readMissionMeta(project.resolve("kitty-specs/002-broken")));
        assertEquals(MissionMeta.defaults(), inputs.readMissionMeta(project.resolve("kitty-specs/003-empty")));
        assertEquals(MissionMeta.defaults(), inputs.readMissionMeta(project.resolve("kitty-specs/404")));
        List<ArtifactFile> artifacts = ProjectFiles.listMissionArtifacts().list(mission.missionDirectory());
        assertEquals(List.of("plan.md", "research/notes.md", "spec.md", "tasks/WP01.md"),
                artifacts.stream().map(ArtifactFile::artifactPath).toList());
        assertEquals(List.of(), ProjectFiles.listMissionArtifacts().list(project.resolve("kitty-specs/404")));
        List<LifecycleEvent> rerun = LifecycleEvent.candidates(true, SLUG, MissionMeta.defaults(),
                ProjectConfig.empty(),
                Instant.parse("2026-05-18T00:00:00Z"), new SplittableRandom(2));
        assertEquals(List.of(), ProjectFiles.lifecycleEventLog(FakeClock.at("2026-05-18T00:00:00Z"))
                .appendMissing(mission.eventsFile(), rerun).appended());
        assertEquals(List.of(), ProjectFiles.lifecycleEventLog(FakeClock.at("2026-05-18T00:00:00Z"))
                .appendMissing(project.resolve("kitty-specs/003-empty/status.events.jsonl"), List.of()).appended());

        assertEquals(before, snapshot(base));
        assertFalse(Files.exists(root));
        assertFalse(Files.exists(TempRoots.defaultRootUnder(home)));
        assertEquals(List.of("[WARN] ignoring unreadable " + project.resolve("kitty-specs/002-broken/meta.json")),
                log.lines());
    }
}
