package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PlanScaffoldTest {

    private static final MissionSlug SLUG = new MissionSlug("001-checkout");
    // 23:59 UTC is already the next day in UTC+2: the date must be the UTC one.
    private static final Instant NOW = Instant.parse("2026-05-17T23:59:30.5Z");

    @Test
    void scaffoldIsByteExactWithOneTrailingNewline() {
        String expected = "<!-- spec-kitty:plan-scaffold -->\n"
                + "# Implementation Plan: 001-checkout\n"
                + "\n"
                + "**Mission**: 001-checkout | **Date**: 2026-05-17 | **Spec**: spec.md\n"
                + "\n"
                + "## Summary\n"
                + "\n"
                + "## Technical Context\n"
                + "\n"
                + "## Project Structure\n"
                + "\n"
                + "## Implementation Concerns\n";
        String scaffold = PlanScaffold.render(SLUG, MissionMeta.defaults(), NOW);
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), scaffold.getBytes(StandardCharsets.UTF_8));
        assertFalse(scaffold.endsWith("\n\n"));
    }

    @Test
    void titleIsTheFriendlyNameWhenNotBlank() {
        MissionMeta named = new MissionMeta("software-dev", "main", OptionalLong.empty(), Optional.of("Checkout flow"));
        assertTrue(PlanScaffold.render(SLUG, named, NOW).contains("\n# Implementation Plan: Checkout flow\n"));
        MissionMeta blank = new MissionMeta("software-dev", "main", OptionalLong.empty(), Optional.of("  "));
        assertTrue(PlanScaffold.render(SLUG, blank, NOW).contains("\n# Implementation Plan: 001-checkout\n"));
    }

    @Test
    void substantiveMeansNoMarkerLine() {
        byte[] scaffold = PlanScaffold.render(SLUG, MissionMeta.defaults(), NOW).getBytes(StandardCharsets.UTF_8);
        assertFalse(PlanScaffold.isSubstantive(scaffold));
        assertFalse(PlanScaffold.isSubstantive(
                "# Plan\r\n  <!-- spec-kitty:plan-scaffold -->\r\nmore".getBytes(StandardCharsets.UTF_8)));
        assertTrue(PlanScaffold.isSubstantive("# Real plan\n\nWe build it.\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(PlanScaffold.isSubstantive(
                "see <!-- spec-kitty:plan-scaffold --> inline\n".getBytes(StandardCharsets.UTF_8)),
                "the marker must be a line of its own");
        assertTrue(PlanScaffold.isSubstantive(new byte[] {(byte) 0xff, (byte) 0xfe, '\n'}),
                "invalid UTF-8 is still judged");
        assertTrue(PlanScaffold.isSubstantive(new byte[0]));
    }

    @Test
    void outcomes() {
        assertEquals(new PlanFileOutcome(true, false), PlanFileOutcome.created());
        assertEquals(new PlanFileOutcome(false, true),
                PlanFileOutcome.present("# mine\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new PlanFileOutcome(false, false), PlanFileOutcome.present(
                PlanScaffold.render(SLUG, MissionMeta.defaults(), NOW).getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> new PlanFileOutcome(true, true));
    }
}
