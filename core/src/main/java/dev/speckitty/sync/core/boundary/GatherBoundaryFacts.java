package dev.speckitty.sync.core.boundary;

import java.util.EnumSet;
import java.util.Set;

/**
 * Gathers the facts of cli.md §3.1 for one invocation, read-only. Callers name the failures they evaluate, so
 * a gate ({@code sync now}, setup-plan) counts no rows and runs no live scan, while reports gather all.
 */
public interface GatherBoundaryFacts {

    /** Every failure: what {@code sync status} and {@code sync doctor} report. */
    Set<FailureCode> ALL = EnumSet.allOf(FailureCode.class);

    /** The gate of {@code sync now} (cli.md §7 step 2). */
    Set<FailureCode> SYNC_NOW_GATE = EnumSet.of(FailureCode.OWNER_RECORD_UNREADABLE, FailureCode.OWNER_MISMATCH,
            FailureCode.ORPHAN_OWNER_RECORD, FailureCode.SAAS_UNAUTHENTICATED, FailureCode.OWNER_RECORD_MISSING);

    /** The boundary gate of setup-plan (cli.md §14.1 step 3). */
    Set<FailureCode> SETUP_PLAN_GATE = EnumSet.of(FailureCode.OWNER_RECORD_UNREADABLE, FailureCode.OWNER_MISMATCH,
            FailureCode.ORPHAN_OWNER_RECORD, FailureCode.OWNER_RECORD_MISSING);

    BoundaryFacts gather(Set<FailureCode> needed);
}
