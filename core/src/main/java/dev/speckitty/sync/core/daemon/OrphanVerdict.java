package dev.speckitty.sync.core.daemon;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The orphan rule of daemon.md §10 and what it means for the remedy (cli.md §3.3) and {@code --retire}. Pure. */
public final class OrphanVerdict {

    /** A process started more than this after {@code started_at} is a newer process with a recycled pid. */
    public static final Duration RECYCLE_SLACK = Duration.ofSeconds(2);

    private OrphanVerdict() {
    }

    /**
     * The orphan reasons of a readable record, in reporting order; empty means the record is not an orphan.
     *
     * @param facts the process table's facts about {@code record.pid()}
     * @param executable the check of {@code record.executablePath()}
     */
    public static List<OrphanReason> reasons(OwnerRecord record, ProcessFacts facts, ExecutableStatus executable) {
        if (facts.pid() != record.pid()) {
            throw new IllegalArgumentException("facts of pid " + facts.pid() + " do not describe record pid " + record.pid());
        }
        List<OrphanReason> reasons = new ArrayList<>();
        if (facts.state().gone()) {
            reasons.add(OrphanReason.PID_NOT_ALIVE);
        }
        Optional<Instant> startedAt = record.startedAtInstant();
        if (facts.startInstant().isPresent() && startedAt.isPresent()
                && facts.startInstant().get().isAfter(startedAt.get().plus(RECYCLE_SLACK))) {
            reasons.add(OrphanReason.PID_RECYCLED);
        }
        if (executable == ExecutableStatus.MISSING) {
            reasons.add(OrphanReason.EXECUTABLE_MISSING);
        } else if (executable == ExecutableStatus.UNVERIFIABLE) {
            reasons.add(OrphanReason.EXECUTABLE_UNVERIFIABLE);
        }
        return List.copyOf(reasons);
    }

    /**
     * Whether the record's pid is the listener of the record's port (cleanup.md §3.2): such a record names a
     * running daemon, and {@code doctor orphan-daemons --retire} refuses it (cli.md §10.2).
     *
     * @param listenerPidOfRecordPort {@link ListenerPids#listenerPid} of {@code record.port()}
     */
    public static boolean pidListensOnItsPort(OwnerRecord record, OptionalLong listenerPidOfRecordPort) {
        return listenerPidOfRecordPort.isPresent() && listenerPidOfRecordPort.getAsLong() == record.pid();
    }

    /**
     * R3 when the reasons include {@code pid_not_alive} or {@code pid_recycled} and the record's pid is not the
     * listener of its port; otherwise R2 (cli.md §3.3 failure 3).
     */
    public static OrphanRemedy remedy(OwnerRecord record, List<OrphanReason> reasons, OptionalLong listenerPidOfRecordPort) {
        return remedy(reasons, pidListensOnItsPort(record, listenerPidOfRecordPort));
    }

    /** The same rule, given whether the record's pid listens on its port ({@link #pidListensOnItsPort}). */
    public static OrphanRemedy remedy(List<OrphanReason> reasons, boolean pidListensOnItsPort) {
        boolean processEvidence = reasons.contains(OrphanReason.PID_NOT_ALIVE) || reasons.contains(OrphanReason.PID_RECYCLED);
        return processEvidence && !pidListensOnItsPort ? OrphanRemedy.RETIRE_RECORD : OrphanRemedy.RESTART_DAEMON;
    }
}
