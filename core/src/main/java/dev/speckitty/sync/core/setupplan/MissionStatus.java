package dev.speckitty.sync.core.setupplan;

/** What cli.md §14.1 steps 5–6 found for a mission. */
public enum MissionStatus {
    /** {@code <M>} is a directory and {@code <M>/spec.md} a regular file. */
    FOUND,
    /** {@code <M>} is not a directory (step 5). */
    MISSION_NOT_FOUND,
    /** {@code <M>} exists but {@code spec.md} is not a regular file (step 6). */
    SPEC_FILE_MISSING
}
