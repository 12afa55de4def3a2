package dev.speckitty.sync.fs.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.testing.RecordingOperatorLog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The YAML tolerance of cli.md §14.3 for {@code .kittify/config.yaml}. */
class ProjectConfigYamlTest {

    @TempDir
    Path project;

    private final RecordingOperatorLog log = new RecordingOperatorLog();

    private ProjectConfig read(String yaml) throws IOException {
        return read(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private ProjectConfig read(byte[] yaml) throws IOException {
        Files.createDirectories(project.resolve(".kittify"));
        Files.write(project.resolve(".kittify/config.yaml"), yaml);
        return ProjectFiles.readProjectInputs(log).readProjectConfig(project);
    }

    private static ProjectConfig config(String uuid, String slug, String buildId, String nodeId) {
        return new ProjectConfig(Optional.ofNullable(uuid), Optional.ofNullable(slug), Optional.ofNullable(buildId),
                Optional.ofNullable(nodeId));
    }

    @Test
    void blockStyleWithCommentsBlankLinesAndQuotes() throws IOException {
        String yaml = """
                # spec-kitty configuration
                vcs:
                  type: git

                project:
                  # identity
                  uuid: 6f1c0a52-1111-4c4c-9a9a-000000000001   # trailing comment
                  slug: 'shop-front'
                  build_id: "b-#1"

                  node_id: plain value with spaces
                  created: 2026-01-01
                agents:
                  - claude
                """;
        assertEquals(config("6f1c0a52-1111-4c4c-9a9a-000000000001", "shop-front", "b-#1", "plain value with spaces"),
                read(yaml));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void scalarsAreTakenAsWrittenAndNullsAsAbsent() throws IOException {
        String yaml = """
                project:
                  uuid: 12345
                  slug: ~
                  build_id:
                  node_id: null
                """;
        assertEquals(config("12345", null, null, null), read(yaml));
        assertEquals(config(null, "null", "true", null), read("project:\n  slug: 'null'\n  build_id: true\n"));
    }

    @Test
    void otherContentIsIgnored() throws IOException {
        assertEquals(ProjectConfig.empty(), read("project: just a string\n"));
        assertEquals(ProjectConfig.empty(), read("- a list\n- at the top\n"));
        assertEquals(ProjectConfig.empty(), read("plain scalar document\n"));
        assertEquals(ProjectConfig.empty(), read(""));
        assertEquals(ProjectConfig.empty(), read("# only a comment\n"));
        assertEquals(config(null, "s", null, null),
                read("project:\n  uuid: [not, a, scalar]\n  slug: s\n  nested: {a: 1}\n"));
        assertEquals(config("inner", null, null, null),
                read("other:\n  project:\n    uuid: nested\nproject:\n  uuid: inner\n"));
        assertEquals(List.of(), log.lines());
    }

    @Test
    void theLastProjectMappingWins() throws IOException {
        assertEquals(config("second", null, null, null), read("project:\n  uuid: first\nproject:\n  uuid: second\n"));
    }

    @Test
    void unreadableYamlWarnsOnce() throws IOException {
        assertEquals(ProjectConfig.empty(), read("project:\n  uuid: \"unterminated\n"));
        assertEquals(ProjectConfig.empty(), read("project:\n\tuuid: tab-indented\n"));
        assertEquals(ProjectConfig.empty(), read(new byte[] {'p', 'r', 'o', 'j', 'e', 'c', 't', ':', ' ',
                (byte) 0xFF}));
        assertEquals(ProjectConfig.empty(), read("project:\n  uuid: a\n---\nproject:\n  uuid: b\n"));
        String warning = "[WARN] ignoring unreadable " + project.resolve(".kittify/config.yaml");
        assertEquals(List.of(warning, warning, warning, warning), log.lines());
    }

    @Test
    void aDirectoryInPlaceOfTheFileIsUnreadable() throws IOException {
        Files.createDirectories(project.resolve(".kittify/config.yaml"));
        assertEquals(ProjectConfig.empty(), ProjectFiles.readProjectInputs(log).readProjectConfig(project));
        assertEquals(List.of("[WARN] ignoring unreadable " + project.resolve(".kittify/config.yaml")), log.lines());
    }
}
