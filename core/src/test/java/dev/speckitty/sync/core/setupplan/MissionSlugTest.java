package dev.speckitty.sync.core.setupplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MissionSlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "001-feature", "Feature_2.x", "9", "a..b", "x-"})
    void acceptsTheGrammar(String slug) {
        assertTrue(MissionSlug.isValid(slug));
        assertEquals(slug, new MissionSlug(slug).value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", ".a", "_a", "..", "a/b", "a b", "a\n", "ü", "a\\b", "a:b"})
    void rejectsEverythingElse(String slug) {
        assertFalse(MissionSlug.isValid(slug));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new MissionSlug(slug));
        assertFalse(error.getMessage().contains("\n"), "one-line message");
    }

    @Test
    void messageQuotesTheValueSafely() {
        assertEquals("invalid --mission value \"a\\u000ab\": it must match ^[A-Za-z0-9][A-Za-z0-9._-]*$",
                MissionSlug.problem("a\nb"));
        assertEquals("--mission is required and must match ^[A-Za-z0-9][A-Za-z0-9._-]*$", MissionSlug.problem(null));
        String quoted = MissionSlug.problem("/".repeat(300));
        assertTrue(quoted.contains("/".repeat(200) + "…\""), quoted);
        assertFalse(quoted.contains("/".repeat(201)));
    }
}
