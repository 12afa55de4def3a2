package dev.speckitty.sync.core.setupplan;

import java.nio.file.Path;

/** Writes {@code <M>/plan.md} only if it does not exist (on-disk.md §10.1); an existing plan is never touched. */
public interface WritePlanScaffold {

    /**
     * Creates {@code planFile} with {@code scaffold} (UTF-8) if no file of that name exists, atomically with
     * respect to a concurrent creator; otherwise reads what is there.
     *
     * @throws ProjectFileException when the file can be neither created nor read (the parent directory is
     *     never created)
     */
    PlanFileOutcome writeIfAbsent(Path planFile, String scaffold) throws ProjectFileException;
}
