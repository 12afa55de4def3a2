package dev.speckitty.sync.cli.bench;

import com.github.rvesse.airline.annotations.Command;
import com.github.rvesse.airline.annotations.Option;
import dev.speckitty.sync.cli.command.CommandResult;
import dev.speckitty.sync.cli.parse.Invocation;
import dev.speckitty.sync.cli.wiring.Commands;
import java.util.List;
import java.util.Optional;

/**
 * {@code spec-kitty bench [--json] [--rows <n>]}: hidden from help. The speed and memory targets are measured
 * here, never in timed unit tests; the results go to docs/benchmarks.md.
 */
@Command(name = "bench", hidden = true, description = "Measure the legacy-queue migration, default_queue_db_path()"
        + " and sync status fact gathering on a temporary root (never the operator's root).")
public final class BenchArguments implements Invocation {

    static final int DEFAULT_ROWS = 20_000;
    static final int MAX_ROWS = 1_000_000;

    @Option(name = "--rows", title = "n", arity = 1,
            description = "Legacy events to migrate (default 20000); a quarter as many body uploads are added.")
    private String rows;

    @Option(name = "--json", description = "Print one JSON document.")
    private boolean json;

    @Override
    public List<String> words() {
        return List.of("bench");
    }

    @Override
    public boolean json() {
        return json;
    }

    @Override
    public Optional<String> usageError() {
        return rows == null || parsedRows().isPresent() ? Optional.empty()
                : Optional.of("--rows must be a whole number from 1 to " + MAX_ROWS + ", got '" + rows + "'");
    }

    @Override
    public CommandResult execute(Commands commands) {
        return commands.bench().run(rows == null ? DEFAULT_ROWS : parsedRows().orElseThrow());
    }

    private Optional<Integer> parsedRows() {
        if (!rows.matches("[0-9]{1,7}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(rows);
        return value >= 1 && value <= MAX_ROWS ? Optional.of(value) : Optional.empty();
    }
}
