package dev.speckitty.sync.cli.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A spec-kitty project on disk for setup-plan tests: {@code <P>/.kittify/config.yaml} and one mission
 * {@code <P>/kitty-specs/<slug>} with its {@code spec.md}.
 */
public final class MissionProject {

    public static final String SLUG = "012-my-mission";
    public static final String UUID = "0b7e4a52-8d35-4a8e-9e3c-5c1e2f7a9d10";
    public static final String SPEC = "# Spec\n\nThe mission's specification.\n";

    private final Path root;

    private MissionProject(Path root) {
        this.root = root;
    }

    /** A project whose config.yaml has {@code project.uuid} and {@code project.slug}. */
    public static MissionProject create(Path root) {
        return create(root, "# spec-kitty project\nproject:\n  uuid: \"" + UUID + "\"\n  slug: my-project\n");
    }

    public static MissionProject create(Path root, String configYaml) {
        MissionProject project = new MissionProject(root);
        project.write(".kittify/config.yaml", configYaml);
        project.write("kitty-specs/" + SLUG + "/spec.md", SPEC);
        return project;
    }

    public Path root() {
        return root;
    }

    /** {@code <M>}. */
    public Path mission() {
        return root.resolve("kitty-specs").resolve(SLUG);
    }

    /** Writes a file below {@code <P>}, creating its directories. */
    public Path write(String relativePath, String content) {
        return write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public Path write(String relativePath, byte[] content) {
        Path file = root.resolve(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public String read(String relativePath) {
        try {
            return Files.readString(root.resolve(relativePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
