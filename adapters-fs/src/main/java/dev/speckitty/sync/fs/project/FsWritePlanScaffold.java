package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.setupplan.PlanFileOutcome;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * {@link WritePlanScaffold} with {@code CREATE_NEW}: the existence check and the creation are one atomic step, so
 * an existing plan (or one a concurrent run just created) is never overwritten. Mode as the umask gives (project
 * file, on-disk.md §10.1); the parent directory is never created.
 */
final class FsWritePlanScaffold implements WritePlanScaffold {

    @Override
    public PlanFileOutcome writeIfAbsent(Path planFile, String scaffold) throws ProjectFileException {
        try (OutputStream out =
                Files.newOutputStream(planFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(scaffold.getBytes(StandardCharsets.UTF_8));
            return PlanFileOutcome.created();
        } catch (FileAlreadyExistsException present) {
            return existing(planFile);
        } catch (IOException failed) {
            throw new ProjectFileException(planFile, IoReasons.describe(failed));
        }
    }

    private static PlanFileOutcome existing(Path planFile) throws ProjectFileException {
        try {
            return PlanFileOutcome.present(Files.readAllBytes(planFile));
        } catch (IOException unreadable) {
            throw new ProjectFileException(planFile, IoReasons.describe(unreadable));
        }
    }
}
