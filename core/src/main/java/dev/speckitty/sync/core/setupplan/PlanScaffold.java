package dev.speckitty.sync.core.setupplan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The plan.md scaffold of on-disk.md §10.1 and the "substantive plan" rule. */
public final class PlanScaffold {

    /** The first line of every scaffold; a plan that still has it is not substantive. */
    public static final String MARKER = "<!-- spec-kitty:plan-scaffold -->";

    private PlanScaffold() {
    }

    /**
     * The scaffold text, exactly as §10.1 shows it, with exactly one {@code \n} after the last line
     * (clarifications #21). {@code <date>} is the UTC date of {@code now}.
     */
    public static String render(MissionSlug slug, MissionMeta meta, Instant now) {
        LocalDate date = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return MARKER + "\n"
                + "# Implementation Plan: " + meta.planTitle(slug) + "\n"
                + "\n"
                + "**Mission**: " + slug.value() + " | **Date**: " + date + " | **Spec**: spec.md\n"
                + "\n"
                + "## Summary\n"
                + "\n"
                + "## Technical Context\n"
                + "\n"
                + "## Project Structure\n"
                + "\n"
                + "## Implementation Concerns\n";
    }

    /**
     * Whether a plan.md that existed before the command is substantive: it has no line equal to
     * {@link #MARKER}. Lines are split on {@code \n}; spaces, tabs and a {@code \r} around the marker are
     * tolerated (decided here). The bytes need not be UTF-8: the marker is ASCII and is compared byte-wise.
     */
    public static boolean isSubstantive(byte[] existingPlan) {
        String text = new String(existingPlan, StandardCharsets.ISO_8859_1);
        for (String line : text.split("\n", -1)) {
            if (stripBlanks(line).equals(MARKER)) {
                return false;
            }
        }
        return true;
    }

    private static String stripBlanks(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isBlank(line.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
