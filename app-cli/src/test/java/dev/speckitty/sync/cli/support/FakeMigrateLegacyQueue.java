package dev.speckitty.sync.cli.support;

import dev.speckitty.sync.core.migration.MigrateLegacyQueue;
import dev.speckitty.sync.core.migration.MigrationFailedException;
import dev.speckitty.sync.core.migration.MigrationReport;
import dev.speckitty.sync.core.port.LockUnavailableException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** A migration that answers with a prepared report or failure and records how it was called. */
public final class FakeMigrateLegacyQueue implements MigrateLegacyQueue {

    /** What a call does: return a report or throw one of the declared failures. */
    @FunctionalInterface
    public interface Answer {
        MigrationReport apply(Path root, Path scoped, boolean dryRun) throws LockUnavailableException,
                MigrationFailedException;
    }

    private Answer answer = (root, scoped, dryRun) -> {
        throw new AssertionError("migration not expected");
    };
    private final List<String> calls = new ArrayList<>();

    public FakeMigrateLegacyQueue answering(Answer next) {
        this.answer = next;
        return this;
    }

    public FakeMigrateLegacyQueue reporting(BiFunction<Path, Boolean, MigrationReport> report) {
        return answering((root, scoped, dryRun) -> report.apply(scoped, dryRun));
    }

    @Override
    public MigrationReport migrate(Path root, Path scoped) throws LockUnavailableException, MigrationFailedException {
        calls.add("migrate " + root + " -> " + scoped);
        return answer.apply(root, scoped, false);
    }

    @Override
    public MigrationReport dryRun(Path root, Path scoped) throws MigrationFailedException {
        calls.add("dryRun " + root + " -> " + scoped);
        try {
            return answer.apply(root, scoped, true);
        } catch (LockUnavailableException e) {
            throw new AssertionError("a dry run takes no lock", e);
        }
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }
}
