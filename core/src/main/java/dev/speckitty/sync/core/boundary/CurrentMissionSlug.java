package dev.speckitty.sync.core.boundary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The current mission slug of cli.md §3.2, first match of: a lane worktree directory, a {@code kitty-specs/<name>}
 * directory, a lane branch in the nearest checkout's {@code HEAD}. Pure: the caller reads {@code HEAD}.
 */
public final class CurrentMissionSlug {

    private static final String WORKTREES = ".worktrees";
    private static final String KITTY_SPECS = "kitty-specs";
    private static final String HEAD_REF_PREFIX = "ref: refs/heads/";
    private static final Pattern LANE_WORKTREE = Pattern.compile("^(\\d{3}-[a-zA-Z0-9-]+)-lane-[a-z]+$");
    private static final Pattern LANE_BRANCH = Pattern.compile("^kitty/mission-(\\d{3}-[a-zA-Z0-9-]+)-lane-[a-z]+$");

    private CurrentMissionSlug() {
    }

    /**
     * @param workingDirectory the absolute working directory
     * @param nearestHead      the content of {@code HEAD} of the nearest checkout at or above the working
     *                         directory; consulted only when the directory names no mission
     */
    public static Optional<String> of(Path workingDirectory, Supplier<Optional<String>> nearestHead) {
        Optional<String> fromDirectory = fromWorkingDirectory(workingDirectory);
        return fromDirectory.isPresent() ? fromDirectory : nearestHead.get().flatMap(CurrentMissionSlug::fromHead);
    }

    /** Rules 1 ({@code .worktrees/<slug>-lane-<x>}) and 2 ({@code kitty-specs/<name>}), in that order. */
    public static Optional<String> fromWorkingDirectory(Path workingDirectory) {
        List<String> parts = new ArrayList<>();
        workingDirectory.forEach(part -> parts.add(part.toString()));
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (parts.get(i).equals(WORKTREES)) {
                Matcher lane = LANE_WORKTREE.matcher(parts.get(i + 1));
                if (lane.matches()) {
                    return Optional.of(lane.group(1));
                }
            }
        }
        for (int i = 0; i + 1 < parts.size(); i++) {
            if (parts.get(i).equals(KITTY_SPECS)) {
                return Optional.of(parts.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /** Rule 3: {@code HEAD} is {@code ref: refs/heads/kitty/mission-<slug>-lane-<x>}. */
    public static Optional<String> fromHead(String headContent) {
        String head = headContent.strip();
        if (!head.startsWith(HEAD_REF_PREFIX)) {
            return Optional.empty();
        }
        Matcher lane = LANE_BRANCH.matcher(head.substring(HEAD_REF_PREFIX.length()));
        return lane.matches() ? Optional.of(lane.group(1)) : Optional.empty();
    }
}
