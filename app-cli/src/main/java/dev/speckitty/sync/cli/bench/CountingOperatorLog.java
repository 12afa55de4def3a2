package dev.speckitty.sync.cli.bench;

import dev.speckitty.sync.core.port.OperatorLog;
import java.util.ArrayList;
import java.util.List;

/**
 * The operator log of the measured code: it counts INFO lines instead of printing them (the migration logs one
 * per moved row, which would swamp stderr and time the terminal instead of the queue) and keeps WARN and ERROR
 * lines for the bench to pass on after the clock stops.
 */
final class CountingOperatorLog implements OperatorLog {

    /** A warning per row would be a broken run; a bounded list still says what went wrong. */
    private static final int KEPT_PROBLEMS = 20;

    private long infoLines;
    private final List<Problem> problems = new ArrayList<>();

    private record Problem(boolean error, String message) {
    }

    @Override
    public void debug(String message) {
        // measured code's debug lines are not part of any result
    }

    @Override
    public void info(String message) {
        infoLines++;
    }

    @Override
    public void warn(String message) {
        keep(new Problem(false, message));
    }

    @Override
    public void error(String message) {
        keep(new Problem(true, message));
    }

    long infoLines() {
        return infoLines;
    }

    /** Passes the WARN and ERROR lines kept so far (at most {@value #KEPT_PROBLEMS}) to {@code target}. */
    void relayProblems(OperatorLog target) {
        for (Problem problem : problems) {
            if (problem.error()) {
                target.error(problem.message());
            } else {
                target.warn(problem.message());
            }
        }
        problems.clear();
    }

    private void keep(Problem problem) {
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }
}
