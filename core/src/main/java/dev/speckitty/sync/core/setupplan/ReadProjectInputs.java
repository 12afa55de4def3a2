package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;

/**
 * Reads the project and mission inputs of cli.md §14.3. Never fails and never creates anything: a missing file
 * gives the empty config or the meta defaults; an unreadable one does too, after
 * {@code [WARN] ignoring unreadable <path>} on the operator log.
 */
public interface ReadProjectInputs {

    /** The {@code project:} entries of {@code <P>/.kittify/config.yaml}. */
    ProjectConfig readProjectConfig(Path projectRoot);

    /** {@code <M>/meta.json}, parsed strictly (on-disk.md §1.6). */
    MissionMeta readMissionMeta(Path missionDirectory);
}
