package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.core.setupplan.ArtifactFile;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link ListMissionArtifacts} (cli.md §14.6 candidates, byte order, symlinks and dot-names). */
public abstract class ListMissionArtifactsContract {

    @TempDir
    protected Path base;

    protected abstract SetupPlanTreeFixture tree();

    protected abstract ListMissionArtifacts artifacts();

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void listsTheCandidatesOfARealisticMissionInByteOrder() throws Exception {
        Path mission = base.resolve("project/kitty-specs/001-checkout");
        Path outside = base.resolve("project/outside");
        tree().file(outside.resolve("secret.md"), text("not part of the mission"));
        tree().file(outside.resolve("linked/inside.md"), text("reached only through a symlink"));

        tree().file(mission.resolve("spec.md"), text("# Spec\n"));
        tree().file(mission.resolve("plan.md"), text("# Plan\n"));
        tree().file(mission.resolve("tasks.md"), new byte[0]);
        tree().file(mission.resolve("data-model.md"), text("# Data\n"));
        tree().file(mission.resolve("meta.json"), text("{}"));
        tree().file(mission.resolve("status.events.jsonl"), text("{}\n"));
        tree().file(mission.resolve("notes.md"), text("elsewhere"));
        tree().file(mission.resolve(".research.md"), text("hidden"));
        tree().symlink(mission.resolve("research.md"), outside.resolve("secret.md"));
        tree().file(mission.resolve("research/sources.md"), text("sources"));
        tree().file(mission.resolve("research/deep/table.csv"), text("a,b\n"));
        tree().file(mission.resolve("research/.cache/x.md"), text("hidden dir"));
        tree().symlink(mission.resolve("research/linked"), outside.resolve("linked"));
        tree().file(mission.resolve("contracts/api.yaml"), text("openapi: 3.1.0\n"));
        tree().file(mission.resolve("contracts/diagram.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        tree().file(mission.resolve("checklists/requirements.md"), text("- [ ] done\n"));
        tree().file(mission.resolve("tasks/WP01-setup.md"), text("# WP01\n"));
        tree().file(mission.resolve("tasks/WP02.txt"), text("no"));
        tree().file(mission.resolve("tasks/README.md"), text("no"));
        tree().file(mission.resolve("tasks/WP03/inner.md"), text("no"));
        byte[] big = new byte[524_289];
        Arrays.fill(big, (byte) 'x');
        tree().file(mission.resolve("research/big.md"), big);

        List<ArtifactFile> listed = artifacts().list(mission);

        assertEquals(List.of(
                ArtifactFile.read("checklists/requirements.md", text("- [ ] done\n")),
                ArtifactFile.read("contracts/api.yaml", text("openapi: 3.1.0\n")),
                ArtifactFile.read("contracts/diagram.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
                ArtifactFile.read("data-model.md", text("# Data\n")),
                ArtifactFile.read("plan.md", text("# Plan\n")),
                ArtifactFile.oversized("research/big.md", 524_289),
                ArtifactFile.read("research/deep/table.csv", text("a,b\n")),
                ArtifactFile.read("research/sources.md", text("sources")),
                ArtifactFile.read("spec.md", text("# Spec\n")),
                ArtifactFile.read("tasks.md", new byte[0]),
                ArtifactFile.read("tasks/WP01-setup.md", text("# WP01\n"))), listed);
    }

    @Test
    void aMissingMissionListsNothingAndCreatesNothing() throws Exception {
        Path mission = base.resolve("project/kitty-specs/404");
        assertEquals(List.of(), artifacts().list(mission));
        assertFalse(tree().exists(mission));
    }
}
