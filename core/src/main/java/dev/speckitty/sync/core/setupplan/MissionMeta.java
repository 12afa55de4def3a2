package dev.speckitty.sync.core.setupplan;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The {@code <M>/meta.json} values setup-plan uses (cli.md §14.3), with their defaults. A key of the wrong JSON
 * type counts as absent.
 */
public record MissionMeta(String missionType, String targetBranch, OptionalLong missionNumber,
        Optional<String> friendlyName) {

    public static final String DEFAULT_MISSION_TYPE = "software-dev";
    public static final String DEFAULT_TARGET_BRANCH = "main";

    public MissionMeta {
        Objects.requireNonNull(missionType, "missionType");
        Objects.requireNonNull(targetBranch, "targetBranch");
        Objects.requireNonNull(missionNumber, "missionNumber");
        Objects.requireNonNull(friendlyName, "friendlyName");
    }

    /** No meta.json, or an unreadable one. */
    public static MissionMeta defaults() {
        return new MissionMeta(DEFAULT_MISSION_TYPE, DEFAULT_TARGET_BRANCH, OptionalLong.empty(), Optional.empty());
    }

    /**
     * Reads the four keys from a parsed meta.json object: strings for {@code mission_type}, {@code target_branch},
     * {@code friendly_name}; an integer literal for {@code mission_number}. Anything else gives the default.
     */
    public static MissionMeta fromJson(JsonValue.Obj meta) {
        OptionalLong number = meta.get("mission_number")
                .filter(JsonValue.Num.class::isInstance)
                .flatMap(n -> ((JsonValue.Num) n).integerValue())
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
        return new MissionMeta(meta.string("mission_type").orElse(DEFAULT_MISSION_TYPE),
                meta.string("target_branch").orElse(DEFAULT_TARGET_BRANCH), number, meta.string("friendly_name"));
    }

    /** The plan title (on-disk.md §10.1): {@code friendly_name} if a non-blank string, else the slug. */
    public String planTitle(MissionSlug slug) {
        return friendlyName.filter(name -> !name.isBlank()).orElse(slug.value());
    }
}
