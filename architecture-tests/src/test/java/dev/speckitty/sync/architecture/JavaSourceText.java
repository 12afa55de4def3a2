package dev.speckitty.sync.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A Java source file split the way the source scans need it: the code with comments and literals blanked out
 * (line structure kept), the string literals (including text blocks) with their lines, and the {@code //}
 * comments by line. A small hand-written lexer: ArchUnit sees bytecode, where comments are gone and string
 * constants are not attributed to source lines.
 */
record JavaSourceText(String code, List<StringLiteral> literals, Map<Integer, String> lineComments) {

    /** A string literal's raw text between its quotes (escapes not decoded), on the line where it starts. */
    record StringLiteral(int line, String value) {
    }

    JavaSourceText {
        literals = List.copyOf(literals);
        lineComments = Map.copyOf(lineComments);
    }

    static JavaSourceText parse(String source) {
        return new Lexer(source).run();
    }

    /** The code of one line (1-based), comments and literals blanked. */
    String codeLine(int line) {
        String[] lines = code.split("\n", -1);
        return line >= 1 && line <= lines.length ? lines[line - 1] : "";
    }

    private static final class Lexer {
        private final String source;
        private final StringBuilder code = new StringBuilder();
        private final List<StringLiteral> literals = new ArrayList<>();
        private final Map<Integer, String> lineComments = new TreeMap<>();
        private int index;
        private int line = 1;

        Lexer(String source) {
            this.source = source;
        }

        JavaSourceText run() {
            while (index < source.length()) {
                if (source.startsWith("//", index)) {
                    int end = source.indexOf('\n', index);
                    end = end < 0 ? source.length() : end;
                    lineComments.put(line, source.substring(index + 2, end));
                    blank(end);
                } else if (source.startsWith("/*", index)) {
                    int close = source.indexOf("*/", index + 2);
                    blank(close < 0 ? source.length() : close + 2);
                } else if (source.startsWith("\"\"\"", index)) {
                    int close = closing(index + 3, "\"\"\"", false);
                    literals.add(new StringLiteral(line, source.substring(index + 3, close)));
                    blank(Math.min(source.length(), close + 3));
                } else if (source.charAt(index) == '"' || source.charAt(index) == '\'') {
                    String quote = String.valueOf(source.charAt(index));
                    int close = closing(index + 1, quote, true);
                    if (quote.equals("\"")) {
                        literals.add(new StringLiteral(line, source.substring(index + 1, close)));
                    }
                    blank(Math.min(source.length(), close + 1));
                } else {
                    copy();
                }
            }
            return new JavaSourceText(code.toString(), literals, lineComments);
        }

        /** Index of the closing {@code quote} from {@code from}, skipping escapes; plain literals end at a line end. */
        private int closing(int from, String quote, boolean singleLine) {
            int at = from;
            while (at < source.length()) {
                char c = source.charAt(at);
                if (c == '\\') {
                    at += 2;
                } else if (source.startsWith(quote, at) || (singleLine && c == '\n')) {
                    return at;
                } else {
                    at++;
                }
            }
            return source.length();
        }

        private void blank(int end) {
            while (index < end) {
                char c = source.charAt(index++);
                if (c == '\n') {
                    line++;
                }
                code.append(c == '\n' ? '\n' : ' ');
            }
        }

        private void copy() {
            char c = source.charAt(index++);
            if (c == '\n') {
                line++;
            }
            code.append(c);
        }
    }
}
