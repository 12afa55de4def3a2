package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.setupplan.PlanFileOutcome;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** {@link WritePlanScaffold} over a {@link SetupPlanProjectTree}. */
public final class InMemoryWritePlanScaffold implements WritePlanScaffold {
    private final SetupPlanProjectTree tree;

    public InMemoryWritePlanScaffold(SetupPlanProjectTree tree) {
        this.tree = tree;
    }

    @Override
    public PlanFileOutcome writeIfAbsent(Path planFile, String scaffold) throws ProjectFileException {
        synchronized (tree) {
            if (tree.createNew(planFile, scaffold.getBytes(StandardCharsets.UTF_8))) {
                return PlanFileOutcome.created();
            }
            if (!tree.exists(planFile)) {
                throw new ProjectFileException(planFile, "no such file or directory");
            }
            Optional<byte[]> existing = tree.readFollowing(planFile);
            if (existing.isEmpty()) {
                throw new ProjectFileException(planFile, "not a regular file");
            }
            return PlanFileOutcome.present(existing.get());
        }
    }
}
