package dev.speckitty.sync.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SafeTextTest {

    @Test
    void plainTextIsUnchanged() {
        assertEquals("alice@example.com Café → ok", SafeText.of("alice@example.com Café → ok"));
        assertNull(SafeText.of(null));
    }

    @Test
    void controlCharactersAndLineSeparatorsAreEscaped() {
        assertEquals("a\\u001b[2Jb\\u000ac\\u0000", SafeText.of("a\u001b[2Jb\nc\u0000"));
        assertEquals("\\u007f\\u0085\\u009f\\u2028\\u2029", SafeText.of("\u007f\u0085\u009f\u2028\u2029"));
        assertEquals("\u00a0", SafeText.of("\u00a0"));
    }

    @Test
    void longTextIsCutTo200CharactersWithAnEllipsis() {
        String cut = SafeText.of("x".repeat(500));
        assertEquals(200, cut.length());
        assertEquals("x".repeat(199) + "\u2026", cut);
        assertEquals("y".repeat(200), SafeText.of("y".repeat(200)));
    }

    @Test
    void theLimitCountsEscapedCharacters() {
        String cut = SafeText.of("\u0001".repeat(100));
        assertEquals("\\u0001".repeat(33) + "\u2026", cut); // an escape sequence is never cut in half
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String text = "z".repeat(198) + "\ud83d\ude00" + "tail";
        String cut = SafeText.of(text);
        assertEquals("z".repeat(198) + "\u2026", cut);
    }

    @Test
    void escapeControlsKeepsTheFullLength() {
        assertEquals("x".repeat(300) + "\\u001b", SafeText.escapeControls("x".repeat(300) + "\u001b"));
        assertNull(SafeText.escapeControls(null));
    }
}
