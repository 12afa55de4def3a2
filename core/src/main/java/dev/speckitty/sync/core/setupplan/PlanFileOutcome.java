package dev.speckitty.sync.core.setupplan;

/**
 * What step 9 of cli.md §14.1 did to {@code plan.md}: created the scaffold, or found a plan (and whether that plan
 * is substantive, on-disk.md §10.1). A plan created now is never substantive.
 */
public record PlanFileOutcome(boolean scaffoldCreated, boolean substantive) {

    public PlanFileOutcome {
        if (scaffoldCreated && substantive) {
            throw new IllegalArgumentException("a scaffold written now is not a substantive plan");
        }
    }

    public static PlanFileOutcome created() {
        return new PlanFileOutcome(true, false);
    }

    /** plan.md existed; {@code content} is what it held. */
    public static PlanFileOutcome present(byte[] content) {
        return new PlanFileOutcome(false, PlanScaffold.isSubstantive(content));
    }
}
