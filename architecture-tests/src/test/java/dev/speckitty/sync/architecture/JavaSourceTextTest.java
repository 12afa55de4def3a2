package dev.speckitty.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.architecture.JavaSourceText.StringLiteral;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JavaSourceTextTest {

    @Test
    void literalsCommentsAndCodeAreSeparatedWithLineNumbers() {
        JavaSourceText text = JavaSourceText.parse(
                "class A { // first\n  String s = \"a // b\"; /* \"not\n a literal\" */ char c = '\"';\n"
                        + "  String t = \"esc \\\" still\";\n}\n");
        assertEquals(List.of(new StringLiteral(2, "a // b"), new StringLiteral(4, "esc \\\" still")), text.literals());
        assertEquals(Map.of(1, " first"), text.lineComments());
        assertEquals("  String s =         ;", text.codeLine(2).stripTrailing());
        assertEquals(" ".repeat(15) + "char c =    ;", text.codeLine(3));
        assertFalse(text.code().contains("not"));
    }

    @Test
    void textBlocksAreOneLiteralThatKeepsLineNumbersRight() {
        JavaSourceText text = JavaSourceText.parse("String t = \"\"\"\n  one \\\"\"\" two\n  \"\"\"; // after\n");
        assertEquals(List.of(new StringLiteral(1, "\n  one \\\"\"\" two\n  ")), text.literals());
        assertEquals(Map.of(3, " after"), text.lineComments());
    }

    @Test
    void unterminatedInputEndsCleanly() {
        assertEquals(List.of(new StringLiteral(1, "open")), JavaSourceText.parse("x = \"open").literals());
        assertEquals("x =   ", JavaSourceText.parse("x = /* open").code().substring(0, 6));
    }
}
