package dev.speckitty.sync.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The source-scan rules as pure functions of (repository-relative path, file text) returning findings, one
 * line each. {@link SourceScanTest} applies them to the checkout and {@link SourceRulesTest} to small bad
 * inputs. Several needles are assembled from pieces so that this file does not trip the scans it defines.
 */
final class SourceRules {
    static final String QUEUE_PATHS = "core/src/main/java/dev/speckitty/sync/core/identity/QueuePaths.java";
    static final String TEMP_ROOTS = "core/src/test/java/dev/speckitty/sync/core/testing/TempRoots.java";

    private static final String LEGACY_QUEUE_FILE = "queue.db";
    private static final String USER_HOME = "user" + ".home";
    private static final String DEFAULT_ROOT = "." + "spec-kitty";
    private static final Pattern DISABLED = Pattern.compile("@(?:[\\w.]+\\.)?" + "Disabled\\b");
    private static final Pattern VACUOUS_ASSERTION =
            Pattern.compile("assert" + "(?:True\\s*\\(\\s*true|False\\s*\\(\\s*false)\\s*\\)");
    private static final String BANNED_LIBRARY = "jq" + "wik";
    private static final Pattern SUPPRESS_WARNINGS = Pattern.compile("@\\s*(?:java\\.lang\\.)?SuppressWarnings\\b");

    private SourceRules() {
    }

    /** Main sources: only QueuePaths may spell the legacy queue file name in a string literal. */
    static List<String> legacyQueueFileNameLiterals(String path, String text) {
        List<String> findings = new ArrayList<>();
        if (path.equals(QUEUE_PATHS) || !path.endsWith(".java")) {
            return findings;
        }
        for (JavaSourceText.StringLiteral literal : JavaSourceText.parse(text).literals()) {
            if (literal.value().contains(LEGACY_QUEUE_FILE)) {
                findings.add(path + ":" + literal.line() + ": string literal \"" + literal.value()
                        + "\" names the legacy queue file; build its path with QueuePaths only");
            }
        }
        return findings;
    }

    /** Test sources: no reference to the user-home property or the default root directory name. */
    static List<String> realHomeReferences(String path, String text) {
        List<String> findings = new ArrayList<>();
        if (path.equals(TEMP_ROOTS)) {
            return findings;
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String needle : List.of(USER_HOME, DEFAULT_ROOT)) {
                if (lines[i].contains(needle)) {
                    findings.add(path + ":" + (i + 1) + ": mentions " + needle + "; tests build roots with TempRoots "
                            + "under a @TempDir");
                }
            }
        }
        return findings;
    }

    /** Any source or pom: no disabled tests, no assertion that cannot fail, no banned property-test library. */
    static List<String> disabledVacuousOrBannedTests(String path, String text) {
        List<String> findings = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String where = path + ":" + (i + 1) + ": ";
            if (DISABLED.matcher(lines[i]).find()) {
                findings.add(where + "disables a test; fix it or delete it");
            }
            if (VACUOUS_ASSERTION.matcher(lines[i]).find()) {
                findings.add(where + "asserts a constant; a test must be able to fail");
            }
            if (lines[i].toLowerCase(Locale.ROOT).contains(BANNED_LIBRARY)) {
                findings.add(where + "names the banned property-test library; property tests use QuickTheories");
            }
        }
        return findings;
    }

    /** Java sources: each @SuppressWarnings has a non-empty // comment on its line or on a comment line just above. */
    static List<String> unexplainedSuppressions(String path, String text) {
        List<String> findings = new ArrayList<>();
        if (!path.endsWith(".java")) {
            return findings;
        }
        JavaSourceText source = JavaSourceText.parse(text);
        String[] codeLines = source.code().split("\n", -1);
        for (int i = 0; i < codeLines.length; i++) {
            int line = i + 1;
            boolean commentAbove = source.codeLine(line - 1).isBlank() && hasComment(source, line - 1);
            if (SUPPRESS_WARNINGS.matcher(codeLines[i]).find() && !hasComment(source, line) && !commentAbove) {
                findings.add(path + ":" + line + ": @SuppressWarnings without a // comment saying why "
                        + "(contract README §6)");
            }
        }
        return findings;
    }

    private static boolean hasComment(JavaSourceText source, int line) {
        String comment = source.lineComments().get(line);
        return comment != null && !comment.isBlank();
    }
}
