package dev.speckitty.sync.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.speckitty.sync.cli.boundary.BoundaryFactsGatherer;
import dev.speckitty.sync.cli.command.SyncMigrateCommand;
import dev.speckitty.sync.core.identity.QueuePaths;
import dev.speckitty.sync.core.migration.LegacyQueueMigration;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.queue.EnqueueToQueue;
import dev.speckitty.sync.core.setupplan.SetupPlan;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may name the legacy queue, and who may write queue rows (FR-012, D-6; on-disk.md §7.1; cli.md §14.2). No
 * code path outside the queue locator and the migration may reach {@code <R>/queue.db} to write: a writer gets its
 * queue from {@code default_queue_db_path()}, which never returns the legacy path. Each allow-list is exact: the
 * second test of each pair fails when a listed class stops calling (the list rots) or an unlisted one starts, so a
 * new caller is a reviewed edit of this file.
 */
@AnalyzeClasses(packages = Hexagon.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class QueueWriterRulesTest {

    /**
     * The classes that may call {@link QueuePaths#legacy()}: the value itself, the locator and the migration (the
     * only code that opens the legacy DB for writing, and only to delete migrated rows), and read-only inspection:
     * the boundary facts (row counts of §3.1) and {@code sync migrate}'s existence check and report.
     */
    static final Set<Class<?>> LEGACY_PATH_CALLERS = Set.of(QueuePaths.class, QueueLocator.class,
            LegacyQueueMigration.class, BoundaryFactsGatherer.class, SyncMigrateCommand.class);

    /** The classes that may enqueue rows: the setup-plan use case (the daemon's sync pass will join it). */
    static final Set<Class<?>> ENQUEUERS = Set.of(SetupPlan.class);

    private static final DescribedPredicate<JavaAccess<?>> LEGACY_PATH = Accesses.to(QueuePaths.class, "legacy");
    private static final DescribedPredicate<JavaAccess<?>> ENQUEUE = Accesses.to(EnqueueToQueue.class,
            "enqueueEvents", "enqueueBodyUploads");

    static final ArchRule ONLY_THE_LOCATOR_THE_MIGRATION_AND_INSPECTION_NAME_THE_LEGACY_QUEUE = noClasses()
            .that(not(belongToAnyOf(LEGACY_PATH_CALLERS.toArray(Class<?>[]::new))))
            .should().accessTargetWhere(LEGACY_PATH)
            .because("on-disk.md §7.1: every queue writer obtains its queue from default_queue_db_path(), which "
                    + "never returns, opens or creates <R>/queue.db; only the migration deletes rows from it");

    static final ArchRule ONLY_SETUP_PLAN_ENQUEUES = noClasses()
            .that(not(belongToAnyOf(ENQUEUERS.toArray(Class<?>[]::new))))
            .should().accessTargetWhere(ENQUEUE)
            .because("cli.md §14.2: queue rows are written only by writers that went through "
                    + "default_queue_db_path() with the identity resolved once (setup-plan now, the daemon's sync "
                    + "pass later)");

    @ArchTest
    static void onlyTheLocatorTheMigrationAndReadOnlyInspectionNameTheLegacyQueue(JavaClasses classes) {
        ONLY_THE_LOCATOR_THE_MIGRATION_AND_INSPECTION_NAME_THE_LEGACY_QUEUE.check(classes);
    }

    @ArchTest
    static void theLegacyPathAllowListIsExact(JavaClasses classes) {
        assertEquals(names(LEGACY_PATH_CALLERS), callers(classes, LEGACY_PATH));
    }

    @ArchTest
    static void onlyTheSetupPlanUseCaseEnqueues(JavaClasses classes) {
        ONLY_SETUP_PLAN_ENQUEUES.check(classes);
    }

    @ArchTest
    static void theEnqueuerAllowListIsExact(JavaClasses classes) {
        assertEquals(names(ENQUEUERS), callers(classes, ENQUEUE));
    }

    /** The top-level classes that contain an access matching {@code target} (nested classes count as their host). */
    private static Set<String> callers(JavaClasses classes, DescribedPredicate<JavaAccess<?>> target) {
        Set<String> callers = new TreeSet<>();
        for (JavaClass javaClass : classes) {
            javaClass.getAccessesFromSelf().stream().filter(target)
                    .forEach(access -> callers.add(topLevel(access.getOriginOwner()).getName()));
        }
        return callers;
    }

    private static JavaClass topLevel(JavaClass javaClass) {
        JavaClass current = javaClass;
        while (current.getEnclosingClass().isPresent()) {
            current = current.getEnclosingClass().get();
        }
        return current;
    }

    private static Set<String> names(Set<Class<?>> types) {
        return new TreeSet<>(Arrays.asList(types.stream().map(Class::getName).toArray(String[]::new)));
    }
}
