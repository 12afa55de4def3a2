package dev.speckitty.sync.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The source-scan rules on small inputs: each reports what it must and nothing else. Bad snippets are built
 * from pieces so that this file does not trip the scans it tests.
 */
class SourceRulesTest {
    private static final String MAIN_FILE = "app-cli/src/main/java/dev/speckitty/sync/cli/SomeCommand.java";
    private static final String TEST_FILE = "core/src/test/java/dev/speckitty/sync/core/SomeTest.java";

    @Test
    void legacyQueueFileNameInALiteralIsReportedWithItsLine() {
        String source = "class A {\n  // the legacy queue.db is fine in a comment\n  String f = \"queue.db\";\n}\n";
        assertEquals(List.of(MAIN_FILE + ":3: string literal \"queue.db\" names the legacy queue file; "
                        + "build its path with QueuePaths only"),
                SourceRules.legacyQueueFileNameLiterals(MAIN_FILE, source));
    }

    @Test
    void legacyQueueFileNameInsideALongerLiteralOrTextBlockIsReported() {
        String source = "class A {\n  String a = \"<R>/queue.db\";\n"
                + "  String b = \"\"\"\n    see queue.db\n    \"\"\";\n}\n";
        assertEquals(2, SourceRules.legacyQueueFileNameLiterals(MAIN_FILE, source).size());
    }

    @Test
    void queuePathsItselfAndOtherNamesPass() {
        assertEquals(List.of(), SourceRules.legacyQueueFileNameLiterals(SourceRules.QUEUE_PATHS,
                "class QueuePaths { String f = \"queue.db\"; }"));
        assertEquals(List.of(), SourceRules.legacyQueueFileNameLiterals(MAIN_FILE,
                "class A { String lock = \"queue-migration.lock\"; /* queue.db */ }"));
    }

    @Test
    void userHomeAndDefaultRootInTestsAreReportedEvenInComments() {
        String source = "class T {\n  String h = System.getProperty(\"user" + ".home\");\n  // ~/." + "spec-kitty\n}\n";
        List<String> findings = SourceRules.realHomeReferences(TEST_FILE, source);
        assertEquals(2, findings.size(), findings::toString);
        assertEquals(TEST_FILE + ":2: mentions user" + ".home; tests build roots with TempRoots under a @TempDir",
                findings.get(0));
    }

    @Test
    void tempRootsMayNameTheDefaultRoot() {
        assertEquals(List.of(),
                SourceRules.realHomeReferences(SourceRules.TEMP_ROOTS, "String r = \"." + "spec-kitty\";"));
    }

    @Test
    void disabledVacuousAndBannedAreEachReported() {
        String source = "@org.junit.jupiter.api." + "Disabled\nclass T {\n  @" + "Disabled void a() {}\n"
                + "  void b() { assert" + "True( true ); assert" + "False(false); }\n}\n"
                + "<artifactId>JQ" + "WIK</artifactId>\n";
        List<String> findings = SourceRules.disabledVacuousOrBannedTests(TEST_FILE, source);
        assertEquals(List.of(
                TEST_FILE + ":1: disables a test; fix it or delete it",
                TEST_FILE + ":3: disables a test; fix it or delete it",
                TEST_FILE + ":4: asserts a constant; a test must be able to fail",
                TEST_FILE + ":6: names the banned property-test library; property tests use QuickTheories"),
                findings);
    }

    @Test
    void conditionalDisablingAndRealAssertionsPass() {
        String source = "@DisabledOnOs(OS.WINDOWS)\nclass T { void a() { assert" + "True(ready); } }\n";
        assertEquals(List.of(), SourceRules.disabledVacuousOrBannedTests(TEST_FILE, source));
    }

    @Test
    void suppressionWithoutCommentIsReported() {
        String source = "class A {\n  /* a block comment does not count */\n  @Suppress" + "Warnings(\"unchecked\")\n"
                + "  void a() {}\n}\n";
        assertEquals(List.of(MAIN_FILE + ":3: @SuppressWarnings without a // comment saying why (contract README §6)"),
                SourceRules.unexplainedSuppressions(MAIN_FILE, source));
    }

    @Test
    void suppressionAfterCodeLineWithTrailingCommentOrWithEmptyCommentIsReported() {
        String source = "class A {\n  int x; // about x\n  @Suppress" + "Warnings(\"a\")\n  void a() {}\n"
                + "  //\n  @Suppress" + "Warnings(\"b\")\n  void b() {}\n}\n";
        assertEquals(2, SourceRules.unexplainedSuppressions(MAIN_FILE, source).size());
    }

    @Test
    void suppressionWithCommentOnTheSameOrPreviousLinePasses() {
        String source = "class A {\n  // Gson needs the raw type here\n  @Suppress" + "Warnings(\"rawtypes\")\n"
                + "  void a() {}\n  @java.lang.Suppress" + "Warnings(\"x\") // the JDK API is declared raw\n"
                + "  void b() {}\n  String s = \"@Suppress" + "Warnings in a string\";\n}\n";
        assertEquals(List.of(), SourceRules.unexplainedSuppressions(MAIN_FILE, source));
    }
}
