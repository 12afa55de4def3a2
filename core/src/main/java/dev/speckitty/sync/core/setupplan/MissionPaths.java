package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;
import java.util.Objects;

/** The project and mission paths of cli.md §14 / on-disk.md §10, derived purely from {@code <P>} and the slug. */
public record MissionPaths(Path projectRoot, MissionSlug slug) {

    /** The directory whose presence marks a project root. */
    public static final String PROJECT_MARKER = ".kittify";
    public static final String MISSIONS_DIRECTORY = "kitty-specs";
    public static final String SPEC_FILE = "spec.md";
    public static final String PLAN_FILE = "plan.md";
    public static final String META_FILE = "meta.json";
    public static final String EVENTS_FILE = "status.events.jsonl";

    public MissionPaths {
        Objects.requireNonNull(projectRoot, "projectRoot");
        Objects.requireNonNull(slug, "slug");
    }

    /** {@code <P>/.kittify/config.yaml}. */
    public Path configFile() {
        return projectRoot.resolve(PROJECT_MARKER).resolve("config.yaml");
    }

    /** {@code <M>} = {@code <P>/kitty-specs/<slug>}. */
    public Path missionDirectory() {
        return projectRoot.resolve(MISSIONS_DIRECTORY).resolve(slug.value());
    }

    public Path specFile() {
        return missionDirectory().resolve(SPEC_FILE);
    }

    public Path planFile() {
        return missionDirectory().resolve(PLAN_FILE);
    }

    public Path metaFile() {
        return missionDirectory().resolve(META_FILE);
    }

    public Path eventsFile() {
        return missionDirectory().resolve(EVENTS_FILE);
    }

    /** {@code kitty-specs/<slug>}, as the error messages of cli.md §14.8 print it. */
    public String relativeMissionDirectory() {
        return MISSIONS_DIRECTORY + "/" + slug.value();
    }

    /** {@code kitty-specs/<slug>/<file>}: the artifact_path of local lifecycle payloads (on-disk.md §10.2). */
    public static String projectRelative(MissionSlug slug, String fileName) {
        return MISSIONS_DIRECTORY + "/" + slug.value() + "/" + fileName;
    }
}
