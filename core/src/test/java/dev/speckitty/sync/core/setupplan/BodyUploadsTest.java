package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BodyUploadsTest {

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");
    private static final MissionMeta META = new MissionMeta("research", "develop", OptionalLong.of(1),
            Optional.empty());

    /** Every file of a realistic mission directory, and whether it is a candidate. */
    @Test
    void candidatesOfARealisticMissionTree() {
        List<String> tree = List.of(
                "spec.md", "plan.md", "tasks.md", "research.md", "quickstart.md", "data-model.md", "meta.json",
                "status.events.jsonl", "notes.md", "Spec.md", ".plan.md",
                "research/sources.md", "research/deep/nested/table.csv", "research/.cache/x.md",
                "contracts/api.yaml", "contracts/schema.json", "contracts/diagram.png",
                "checklists/requirements.md",
                "tasks/WP01-setup.md", "tasks/WP2.md", "tasks/WP03.txt", "tasks/wp04.md", "tasks/README.md",
                "tasks/WP05/sub.md", "tasks/WP.md",
                "other/spec.md", "kitty-specs/x.md");
        List<String> candidates =
                tree.stream().filter(BodyUploads::isCandidate).sorted(BodyUploads.BYTE_ORDER).toList();
        assertEquals(List.of("checklists/requirements.md", "contracts/api.yaml", "contracts/diagram.png",
                "contracts/schema.json", "data-model.md", "plan.md", "quickstart.md", "research.md",
                "research/deep/nested/table.csv", "research/sources.md", "spec.md", "tasks.md", "tasks/WP01-setup.md",
                "tasks/WP2.md"), candidates);
    }

    @Test
    void directoriesWorthDescending() {
        for (String dir : List.of("research", "research/deep/er", "contracts", "checklists/x", "tasks")) {
            assertEquals(true, BodyUploads.mayContainCandidates(dir), dir);
        }
        for (String dir : List.of("tasks/WP05", "other", "research/.cache", ".git", "kitty-specs", "", "research//x")) {
            assertEquals(false, BodyUploads.mayContainCandidates(dir), dir);
        }
    }

    @Test
    void malformedRelativePathsAreNeverCandidates() {
        for (String path : List.of("", "/spec.md", "research//x.md", "research/", "research/../spec.md", "./spec.md")) {
            assertEquals(false, BodyUploads.isCandidate(path), path);
        }
    }

    @Test
    void byteOrderIsUtf8Unsigned() {
        // "research.md" < "research/…" because '.' (0x2E) < '/' (0x2F); U+FF5E (EF BD 9E) < U+1F600 (F0 …)
        // in UTF-8, although UTF-16 order says the opposite.
        List<String> sorted = List.of("research/a.md", "research.md", "research/\uD83D\uDE00.md", "research/\uFF5E.md",
                "Research.md").stream().sorted(BodyUploads.BYTE_ORDER).toList();
        assertEquals(List.of("Research.md", "research.md", "research/a.md", "research/\uFF5E.md",
                "research/\uD83D\uDE00.md"),
                sorted);
    }

    private static BodyUploadDecision evaluate(ArtifactFile file) {
        return BodyUploads.evaluate(file, SLUG, "u-1", META);
    }

    private static SkipReason skip(ArtifactFile file) {
        return ((BodyUploadDecision.Skip) evaluate(file)).reason();
    }

    @Test
    void skipReasonsInContractOrder() {
        assertEquals(SkipReason.UNSUPPORTED_FORMAT, skip(ArtifactFile.read("contracts/diagram.png", new byte[] {1})));
        assertEquals(SkipReason.UNSUPPORTED_FORMAT, skip(ArtifactFile.oversized("contracts/huge.bin", 10_000_000)),
                "format is checked before size");
        assertEquals(SkipReason.OVERSIZED, skip(ArtifactFile.oversized("research/big.md", 524_289)));
        assertEquals(SkipReason.NOT_VALID_UTF8, skip(ArtifactFile.read("research/bad.md", new byte[] {'a',
                (byte) 0xC3})));
        assertEquals(SkipReason.EMPTY_CONTENT, skip(ArtifactFile.read("tasks.md", new byte[0])));
        assertEquals(SkipReason.UNSUPPORTED_FORMAT, skip(ArtifactFile.read("research/README",
                "x".getBytes(StandardCharsets.UTF_8))));
        assertTrue(evaluate(ArtifactFile.read("contracts/API.YAML", "a: 1\n".getBytes(StandardCharsets.UTF_8)))
                instanceof BodyUploadDecision.Upload, "extensions compare case-insensitively");
        assertEquals("body upload skipped: research/big.md (oversized)",
                new BodyUploadDecision.Skip("research/big.md", SkipReason.OVERSIZED).warning());
        assertEquals("queue_full", SkipReason.QUEUE_FULL.wireValue());
    }

    @Test
    void exactlyTheLimitIsUploaded() {
        byte[] content = new byte[524_288];
        java.util.Arrays.fill(content, (byte) 'a');
        BodyUploadDecision decision = evaluate(ArtifactFile.read("research/limit.md", content));
        assertEquals(524_288, ((BodyUploadDecision.Upload) decision).row().sizeBytes());
    }

    @Test
    void rowValues() {
        byte[] content = "# Spec\nCafé ✓\n".getBytes(StandardCharsets.UTF_8);
        BodyUpload row = ((BodyUploadDecision.Upload) evaluate(ArtifactFile.read("spec.md", content))).row();
        // sha256 of the bytes, computed with coreutils: printf '# Spec\nCafé ✓\n' | sha256sum
        assertEquals(new BodyUpload("u-1", "001-checkout", "develop", "research", "spec.md",
                "4404d81d4dddd951ef7d6f4af3a95d05b6e49ba25ce89318bfc15341386ceb97", "# Spec\nCafé ✓\n", 17), row);
        assertEquals("1", BodyUpload.MANIFEST_VERSION);
        assertEquals("sha256", BodyUpload.HASH_ALGORITHM);
    }

    @Test
    void artifactFilesKeepTheirInvariants() {
        assertThrows(IllegalArgumentException.class, () -> ArtifactFile.read("notes.md", new byte[1]));
        assertThrows(IllegalArgumentException.class, () -> new ArtifactFile("spec.md", 3, new byte[2]));
        assertThrows(IllegalArgumentException.class, () -> new ArtifactFile("spec.md", 600_000, new byte[2]));
        byte[] content = {1, 2};
        ArtifactFile file = ArtifactFile.read("spec.md", content);
        content[0] = 9;
        assertEquals(1, file.content()[0], "defensive copy");
        assertEquals(ArtifactFile.read("spec.md", new byte[] {1, 2}), file);
    }
}
