package dev.speckitty.sync.core.boundary;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the boundary evaluation knows about {@code <R>/sync/daemon/owner.json}: its state, and per state the
 * record's fields, its orphan reasons, or why it is unreadable (on-disk.md §8.5, daemon.md §10).
 * {@code pidListensOnPort} tells whether an orphan record's pid is the listener of its port, which decides
 * between R2 and R3 for failure 3 (cli.md §3.3).
 */
public record OwnerRecordFacts(
        OwnerRecordState state,
        Path path,
        Optional<OwnerRecordFields> fields,
        List<OrphanReason> orphanReasons,
        String unreadableReason,
        String unreadableDetail,
        boolean pidListensOnPort) {

    public OwnerRecordFacts {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fields, "fields");
        orphanReasons = List.copyOf(orphanReasons);
        boolean readable = state == OwnerRecordState.ORPHAN || state == OwnerRecordState.PRESENT;
        if (readable != fields.isPresent()) {
            throw new IllegalArgumentException("a " + state.wireName() + " owner record "
                    + (readable ? "needs" : "has no") + " fields");
        }
        if ((state == OwnerRecordState.ORPHAN) == orphanReasons.isEmpty()) {
            throw new IllegalArgumentException("orphan reasons belong to, and only to, an orphan record");
        }
        if ((state == OwnerRecordState.UNREADABLE) != (unreadableReason != null && unreadableDetail != null)) {
            throw new IllegalArgumentException("an unreadable reason and detail belong to, and only to, an unreadable record");
        }
        if (pidListensOnPort && state != OwnerRecordState.ORPHAN) {
            throw new IllegalArgumentException("pidListensOnPort is only known for an orphan record");
        }
    }

    public static OwnerRecordFacts absent(Path path) {
        return new OwnerRecordFacts(OwnerRecordState.ABSENT, path, Optional.empty(), List.of(), null, null, false);
    }

    public static OwnerRecordFacts unreadable(Path path, String reason, String detail) {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
        return new OwnerRecordFacts(OwnerRecordState.UNREADABLE, path, Optional.empty(), List.of(), reason, detail,
                false);
    }

    public static OwnerRecordFacts orphan(Path path, OwnerRecordFields fields, List<OrphanReason> reasons,
                                          boolean pidListensOnPort) {
        return new OwnerRecordFacts(OwnerRecordState.ORPHAN, path, Optional.of(fields), reasons, null, null,
                pidListensOnPort);
    }

    public static OwnerRecordFacts present(Path path, OwnerRecordFields fields) {
        return new OwnerRecordFacts(OwnerRecordState.PRESENT, path, Optional.of(fields), List.of(), null, null, false);
    }
}
