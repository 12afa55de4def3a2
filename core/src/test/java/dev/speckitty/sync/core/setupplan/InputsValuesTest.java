package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.env.Environment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Project config, mission meta, mission paths and the clock node id: the small values around the inputs. */
class InputsValuesTest {

    @Test
    void projectConfigTrimsAndDropsBlanks() {
        ProjectConfig config = ProjectConfig.fromEntries(Map.of("uuid", "  abc  ", "slug", " ", "build_id", "",
                "other", "x"));
        assertEquals(new ProjectConfig(Optional.of("abc"), Optional.empty(), Optional.empty(), Optional.empty()),
                config);
        assertEquals(Optional.of("abc"), config.envelopeBuildId());
        assertEquals(ProjectConfig.empty(), ProjectConfig.fromEntries(Map.of()));
    }

    @Test
    void missionMetaTakesTypedValuesOrDefaults() {
        JsonValue.Obj meta = JsonValue.object().put("mission_type", "research").put("target_branch", "develop")
                .put("mission_number", 12).put("friendly_name", "Checkout").build();
        assertEquals(new MissionMeta("research", "develop", OptionalLong.of(12), Optional.of("Checkout")),
                MissionMeta.fromJson(meta));
        JsonValue.Obj wrongTypes = JsonValue.object().put("mission_type", 3).put("target_branch", JsonValue.Null.NULL)
                .put("mission_number", new JsonValue.Num("12.0")).put("friendly_name",
                        new JsonValue.Bool(true)).build();
        assertEquals(MissionMeta.defaults(), MissionMeta.fromJson(wrongTypes));
        assertEquals(OptionalLong.empty(), MissionMeta.fromJson(JsonValue.object().put("mission_number",
                "12").build()).missionNumber());
        assertEquals(new MissionMeta("software-dev", "main", OptionalLong.empty(), Optional.empty()),
                MissionMeta.defaults());
    }

    @Test
    void missionPaths() {
        MissionPaths paths = new MissionPaths(Path.of("/p"), new MissionSlug("001-x"));
        assertEquals(Path.of("/p/.kittify/config.yaml"), paths.configFile());
        assertEquals(Path.of("/p/kitty-specs/001-x"), paths.missionDirectory());
        assertEquals(Path.of("/p/kitty-specs/001-x/spec.md"), paths.specFile());
        assertEquals(Path.of("/p/kitty-specs/001-x/plan.md"), paths.planFile());
        assertEquals(Path.of("/p/kitty-specs/001-x/meta.json"), paths.metaFile());
        assertEquals(Path.of("/p/kitty-specs/001-x/status.events.jsonl"), paths.eventsFile());
        assertEquals("kitty-specs/001-x", paths.relativeMissionDirectory());
    }

    /** Expected digests computed with coreutils: {@code printf 'host-a:alice' | sha256sum | cut -c1-12}. */
    @Test
    void nodeIdUsesUserThenLognameThenJvmUser() {
        assertEquals("68b5b23d2c75", ClockNodeId.derive("host-a", Environment.of(Map.of("USER", "alice", "LOGNAME",
                "bob")), "carol"));
        assertEquals("68b5b23d2c75", ClockNodeId.derive("host-a", Environment.of(Map.of("USER", "", "LOGNAME",
                "alice")), "carol"));
        assertEquals("68b5b23d2c75", ClockNodeId.derive("host-a", Environment.of(Map.of()), "alice"));
    }
}
