package dev.speckitty.sync.core.setupplan;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The body-upload rules of cli.md §14.6 and on-disk.md §10.4. */
public final class BodyUploads {

    /** Larger files are skipped as {@code oversized}. */
    public static final long MAX_BODY_BYTES = 524_288;

    private static final Set<String> TOP_LEVEL_FILES =
            Set.of("spec.md", "plan.md", "tasks.md", "research.md", "quickstart.md", "data-model.md");
    private static final Set<String> RECURSIVE_DIRECTORIES = Set.of("research", "contracts", "checklists");
    private static final String TASKS_DIRECTORY = "tasks";
    private static final Pattern WORK_PACKAGE = Pattern.compile("WP[0-9]+.*\\.md");
    private static final Set<String> SUPPORTED_EXTENSIONS = Set.of(".md", ".json", ".yaml", ".yml", ".csv");

    /** Byte order of the UTF-8 encoding (unsigned), the order candidates are processed in. */
    public static final Comparator<String> BYTE_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        int common = Math.min(x.length, y.length);
        for (int i = 0; i < common; i++) {
            int difference = Byte.toUnsignedInt(x[i]) - Byte.toUnsignedInt(y[i]);
            if (difference != 0) {
                return difference;
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private BodyUploads() {
    }

    /**
     * Whether a path relative to {@code <M>} ({@code /}-separated, no empty, {@code .} or {@code ..} segment) is a
     * candidate: a top-level spec/plan/tasks/research/quickstart/data-model {@code .md}; any file below
     * {@code research/}, {@code contracts/} or {@code checklists/}; a {@code tasks/WP<n>….md} directly in
     * {@code tasks/}. A path with any segment starting with {@code .} is never a candidate (the rule "names
     * starting with . are ignored" applied to directories too, decided here). Whether it is a regular file and
     * not a symlink is the lister's business.
     */
    public static boolean isCandidate(String relativePath) {
        List<String> segments = List.of(relativePath.split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        String first = segments.get(0);
        if (segments.size() == 1) {
            return TOP_LEVEL_FILES.contains(first);
        }
        if (RECURSIVE_DIRECTORIES.contains(first)) {
            return true;
        }
        return TASKS_DIRECTORY.equals(first) && segments.size() == 2 && WORK_PACKAGE.matcher(segments.get(1)).matches();
    }

    /**
     * Whether a directory below {@code <M>} (relative, {@code /}-separated) can hold candidates, so a lister need
     * not descend into the others: {@code tasks} itself and anything below research, contracts or checklists,
     * never through a segment starting with {@code .}.
     */
    public static boolean mayContainCandidates(String relativeDirectory) {
        List<String> segments = List.of(relativeDirectory.split("/", -1));
        for (String segment : segments) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return false;
            }
        }
        return RECURSIVE_DIRECTORIES.contains(segments.get(0))
                || (segments.size() == 1 && TASKS_DIRECTORY.equals(segments.get(0)));
    }

    /**
     * The decision for one candidate, checks in the contract's order: format (extension {@code .md .json .yaml
     * .yml .csv}, compared case-insensitively, decided here), size ({@code > 524288}), UTF-8 validity, emptiness.
     * {@code queue_full} is the queue writer's to decide.
     */
    public static BodyUploadDecision evaluate(ArtifactFile file, MissionSlug slug, String projectUuid,
            MissionMeta meta) {
        String path = file.artifactPath();
        if (!SUPPORTED_EXTENSIONS.contains(extension(path))) {
            return new BodyUploadDecision.Skip(path, SkipReason.UNSUPPORTED_FORMAT);
        }
        if (file.sizeBytes() > MAX_BODY_BYTES) {
            return new BodyUploadDecision.Skip(path, SkipReason.OVERSIZED);
        }
        byte[] content = file.content();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException invalid) {
            return new BodyUploadDecision.Skip(path, SkipReason.NOT_VALID_UTF8);
        }
        if (content.length == 0) {
            return new BodyUploadDecision.Skip(path, SkipReason.EMPTY_CONTENT);
        }
        return new BodyUploadDecision.Upload(new BodyUpload(projectUuid, slug.value(), meta.targetBranch(),
                meta.missionType(), path, HexFormat.of().formatHex(Ulid.sha256(content)), text, content.length));
    }

    /** Python's {@code Path.suffix}, lowercased: from the last {@code .} of the file name, if not leading. */
    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
