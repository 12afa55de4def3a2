package dev.speckitty.sync.core.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.setupplan.MissionMeta;
import dev.speckitty.sync.core.setupplan.MissionPaths;
import dev.speckitty.sync.core.setupplan.MissionSlug;
import dev.speckitty.sync.core.setupplan.PlanFileOutcome;
import dev.speckitty.sync.core.setupplan.PlanScaffold;
import dev.speckitty.sync.core.setupplan.ProjectFileException;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract of {@link WritePlanScaffold} (on-disk.md §10.1: written only if absent, never overwritten). */
public abstract class WritePlanScaffoldContract {

    @TempDir
    protected Path base;

    protected abstract SetupPlanTreeFixture tree();

    protected abstract WritePlanScaffold plans();

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");
    private static final String SCAFFOLD =
            PlanScaffold.render(SLUG, MissionMeta.defaults(), Instant.parse("2026-05-17T16:42:00Z"));

    private MissionPaths mission() {
        MissionPaths mission = new MissionPaths(base.resolve("project"), SLUG);
        tree().directory(mission.missionDirectory());
        return mission;
    }

    @Test
    void writesTheScaffoldWhenAbsent() throws Exception {
        MissionPaths mission = mission();
        assertEquals(PlanFileOutcome.created(), plans().writeIfAbsent(mission.planFile(), SCAFFOLD));
        assertArrayEquals(SCAFFOLD.getBytes(StandardCharsets.UTF_8), tree().content(mission.planFile()).orElseThrow());
    }

    @Test
    void aSecondRunFindsTheScaffoldAndLeavesIt() throws Exception {
        MissionPaths mission = mission();
        plans().writeIfAbsent(mission.planFile(), SCAFFOLD);
        PlanFileOutcome again = plans().writeIfAbsent(mission.planFile(), SCAFFOLD.replace("Summary", "Changed"));
        assertEquals(new PlanFileOutcome(false, false), again);
        assertArrayEquals(SCAFFOLD.getBytes(StandardCharsets.UTF_8), tree().content(mission.planFile()).orElseThrow());
    }

    @Test
    void neverOverwritesAWrittenPlan() throws Exception {
        MissionPaths mission = mission();
        byte[] mine = "# Plan\n\nReal work.\n".getBytes(StandardCharsets.UTF_8);
        tree().file(mission.planFile(), mine);
        assertEquals(new PlanFileOutcome(false, true), plans().writeIfAbsent(mission.planFile(), SCAFFOLD));
        assertArrayEquals(mine, tree().content(mission.planFile()).orElseThrow());
    }

    @Test
    void aMissingMissionDirectoryIsAnErrorAndIsNotCreated() {
        MissionPaths mission = new MissionPaths(base.resolve("project"), SLUG);
        ProjectFileException error = assertThrows(ProjectFileException.class,
                () -> plans().writeIfAbsent(mission.planFile(), SCAFFOLD));
        assertEquals(mission.planFile(), error.path());
        assertFalse(error.reason().isBlank());
        assertFalse(error.reason().contains("\n"));
        assertFalse(tree().exists(mission.missionDirectory()));
    }

    @Test
    void aDirectoryNamedPlanMdIsAnError() {
        MissionPaths mission = mission();
        tree().directory(mission.planFile());
        assertThrows(ProjectFileException.class, () -> plans().writeIfAbsent(mission.planFile(), SCAFFOLD));
    }

    @Test
    void concurrentWritersCreateItOnce() throws Exception {
        for (int round = 0; round < 10; round++) {
            MissionPaths mission = new MissionPaths(base.resolve("project" + round), SLUG);
            tree().directory(mission.missionDirectory());
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<PlanFileOutcome>> outcomes = List.of(
                        pool.submit(() -> {
                            start.await();
                            return plans().writeIfAbsent(mission.planFile(), SCAFFOLD);
                        }),
                        pool.submit(() -> {
                            start.await();
                            return plans().writeIfAbsent(mission.planFile(), SCAFFOLD + "other\n");
                        }));
                start.countDown();
                PlanFileOutcome first = outcomes.get(0).get(10, TimeUnit.SECONDS);
                PlanFileOutcome second = outcomes.get(1).get(10, TimeUnit.SECONDS);
                assertTrue(first.scaffoldCreated() ^ second.scaffoldCreated(), "exactly one creates it");
                String written = new String(tree().content(mission.planFile()).orElseThrow(), StandardCharsets.UTF_8);
                assertEquals(first.scaffoldCreated() ? SCAFFOLD : SCAFFOLD + "other\n", written);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
