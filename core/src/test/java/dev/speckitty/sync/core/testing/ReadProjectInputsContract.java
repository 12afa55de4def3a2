package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.setupplan.JsonValue;
import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract of {@link ReadProjectInputs} (cli.md §14.3) in format-neutral terms; format details (YAML forms,
 * strict JSON) are the real adapter's own tests.
 */
public abstract class ReadProjectInputsContract {

    @TempDir
    protected Path base;

    protected abstract SetupPlanTreeFixture tree();

    protected abstract ReadProjectInputs inputs(OperatorLog log);

    /** A config.yaml whose {@code project:} mapping holds these scalar entries. */
    protected abstract void givenProjectConfig(Path projectRoot, Map<String, String> projectEntries);

    /** A config.yaml that cannot be read as YAML. */
    protected abstract void givenUnreadableProjectConfig(Path projectRoot);

    protected abstract void givenMissionMeta(Path missionDirectory, JsonValue.Obj meta);

    /** A meta.json that is not strict JSON. */
    protected abstract void givenUnreadableMissionMeta(Path missionDirectory);

    private final RecordingOperatorLog log = new RecordingOperatorLog();

    private Path project() {
        Path project = base.resolve("project");
        tree().directory(project.resolve(".kittify"));
        return project;
    }

    private MissionPaths mission() {
        MissionPaths mission = new MissionPaths(project(), new MissionSlug("001-checkout"));
        tree().directory(mission.missionDirectory());
        return mission;
    }

    @Test
    void missingConfigMeansNoEntriesNoWarningAndNoFile() {
        Path project = project();
        assertEquals(ProjectConfig.empty(), inputs(log).readProjectConfig(project));
        assertEquals(List.of(), log.lines());
        assertFalse(tree().exists(project.resolve(".kittify/config.yaml")));
        Path bare = base.resolve("bare");
        assertEquals(ProjectConfig.empty(), inputs(log).readProjectConfig(bare));
        assertFalse(tree().exists(bare));
    }

    @Test
    void projectEntriesAreRead() {
        Path project = project();
        givenProjectConfig(project, Map.of("uuid", " 6f1c-uuid ", "slug", "shop", "build_id", "build-7", "node_id",
                "node-3"));
        assertEquals(new ProjectConfig(Optional.of("6f1c-uuid"), Optional.of("shop"), Optional.of("build-7"),
                Optional.of("node-3")), inputs(log).readProjectConfig(project));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void partialEntries() {
        Path project = project();
        givenProjectConfig(project, Map.of("slug", "shop"));
        assertEquals(new ProjectConfig(Optional.empty(), Optional.of("shop"), Optional.empty(), Optional.empty()),
                inputs(log).readProjectConfig(project));
    }

    @Test
    void unreadableConfigWarnsAndMeansNoEntries() {
        Path project = project();
        givenUnreadableProjectConfig(project);
        assertEquals(ProjectConfig.empty(), inputs(log).readProjectConfig(project));
        assertEquals(List.of("[WARN] ignoring unreadable " + project.resolve(".kittify/config.yaml")), log.lines());
    }

    @Test
    void missingMetaGivesDefaultsAndCreatesNothing() {
        MissionPaths mission = mission();
        assertEquals(MissionMeta.defaults(), inputs(log).readMissionMeta(mission.missionDirectory()));
        assertEquals(List.of(), log.lines());
        assertFalse(tree().exists(mission.metaFile()));
        Path absentMission = base.resolve("project/kitty-specs/404");
        assertEquals(MissionMeta.defaults(), inputs(log).readMissionMeta(absentMission));
        assertFalse(tree().exists(absentMission));
    }

    @Test
    void metaValuesAreRead() {
        MissionPaths mission = mission();
        givenMissionMeta(mission.missionDirectory(), JsonValue.object().put("mission_type", "research")
                .put("target_branch", "develop").put("mission_number", 12).put("friendly_name", "Checkout flow")
                .put("created_at", "2026-01-01").build());
        assertEquals(new MissionMeta("research", "develop", OptionalLong.of(12), Optional.of("Checkout flow")),
                inputs(log).readMissionMeta(mission.missionDirectory()));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void unreadableMetaWarnsAndGivesDefaults() {
        MissionPaths mission = mission();
        givenUnreadableMissionMeta(mission.missionDirectory());
        assertEquals(MissionMeta.defaults(), inputs(log).readMissionMeta(mission.missionDirectory()));
        assertEquals(List.of("[WARN] ignoring unreadable " + mission.metaFile()), log.lines());
    }
}
