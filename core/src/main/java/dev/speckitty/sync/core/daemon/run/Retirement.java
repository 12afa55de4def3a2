package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.StateFileReading;
import java.time.Duration;
import java.util.function.LongPredicate;

/** The self-retirement decision of daemon.md §14.2: pure, first match wins. */
public final class Retirement {

    private Retirement() {
    }

    /**
     * <ol>
     * <li>a sync pass is in flight → {@link RetirementVerdict#SYNC_IN_FLIGHT};</li>
     * <li>superseded by another live daemon → {@link RetirementVerdict#SUPERSEDED};</li>
     * <li>idle for at least {@code idle}, and no periodic pass scheduled to start within the next {@code idle} (a
     * scheduled pass counts as activity, so a daemon with queued rows keeps retrying) →
     * {@link RetirementVerdict#IDLE_TIMEOUT};</li>
     * <li>otherwise {@link RetirementVerdict#ACTIVE}.</li>
     * </ol>
     */
    public static RetirementVerdict decide(RetirementFacts facts, Duration idle) {
        if (facts.syncInFlight()) {
            return RetirementVerdict.SYNC_IN_FLIGHT;
        }
        if (facts.superseded()) {
            return RetirementVerdict.SUPERSEDED;
        }
        boolean idleLongEnough = facts.sinceLastActivity().compareTo(idle) >= 0;
        boolean passWithinWindow = facts.untilNextPeriodicPass().map(until -> until.compareTo(idle) <= 0).orElse(false);
        if (idleLongEnough && !passWithinWindow) {
            return RetirementVerdict.IDLE_TIMEOUT;
        }
        return RetirementVerdict.ACTIVE;
    }

    /**
     * §14.2 rule 2: the state file is valid and names a port other than {@code ownPort} and a pid other than
     * {@code ownPid} that is alive. A state file without a pid (a reference file) never supersedes. {@code alive} is
     * asked only when everything else already holds.
     */
    public static boolean superseded(StateFileReading stateFile, long ownPid, int ownPort, LongPredicate alive) {
        if (!(stateFile instanceof StateFileReading.Valid valid)) {
            return false;
        }
        StateFile state = valid.state();
        if (state.port().value() == ownPort || state.pid().isEmpty()) {
            return false;
        }
        long pid = state.pid().getAsLong();
        return pid != ownPid && alive.test(pid);
    }
}
