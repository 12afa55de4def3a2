package dev.speckitty.sync.core.queue;

import java.util.Optional;

/**
 * The result of a scoped INSERT during the migration: inserted, or rejected by a constraint (NOT NULL,
 * UNIQUE, …) with a one-line reason. Any other database error is a {@link QueueStoreException}.
 */
public record InsertOutcome(Optional<String> rejection) {

    private static final InsertOutcome INSERTED = new InsertOutcome(Optional.empty());

    public InsertOutcome {
        rejection.ifPresent(r -> {
            if (r.isBlank()) {
                throw new IllegalArgumentException("a rejection needs a reason");
            }
        });
    }

    public static InsertOutcome inserted() {
        return INSERTED;
    }

    public static InsertOutcome rejected(String reason) {
        return new InsertOutcome(Optional.of(reason));
    }

    public boolean wasInserted() {
        return rejection.isEmpty();
    }
}
