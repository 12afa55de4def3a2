package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StateFileParserTest {
    private static final String TOKEN = "3f9a0c5e8d7b6a5f4e3d2c1b0a998877";

    private static StateFile parsed(String text) {
        return assertInstanceOf(StateFileParser.Parsed.class, StateFileParser.parse(text)).state();
    }

    private static String rejected(String text) {
        return assertInstanceOf(StateFileParser.Rejected.class, StateFileParser.parse(text)).reason();
    }

    @Test
    void fourLinesNameUrlPortTokenAndPid() {
        StateFile state = parsed("http://127.0.0.1:9400\n9400\n" + TOKEN + "\n12345\n");
        assertEquals("http://127.0.0.1:9400", state.baseUrl());
        assertEquals(new SyncPort(9400), state.port());
        assertEquals(Optional.of(new ControlToken(TOKEN)), state.token());
        assertEquals(OptionalLong.of(12345), state.pid());
    }

    @Test
    void referenceFilesMayUseLocalhostAndOmitTheTokenOrThePid() {
        StateFile tokenOnly = parsed("http://localhost:9401\n9401\n" + TOKEN + "\n");
        assertEquals(Optional.of(new ControlToken(TOKEN)), tokenOnly.token());
        assertEquals(OptionalLong.empty(), tokenOnly.pid());

        StateFile pidOnly = parsed("http://localhost:9401\n9401\n777\n");
        assertEquals(Optional.empty(), pidOnly.token());
        assertEquals(OptionalLong.of(777), pidOnly.pid());
    }

    @Test
    void linesAreTrimmedAndBlankLinesDropped() {
        StateFile state = parsed("\n  http://127.0.0.1:9449 \r\n\n 9449\t\r\n" + TOKEN + "\r\n 1 \n\n");
        assertEquals(new SyncPort(9449), state.port());
        assertEquals(OptionalLong.of(1), state.pid());
        assertEquals("http://127.0.0.1:9449", state.baseUrl());
    }

    @Test
    void thePortMustLieInTheSyncRange() {
        assertTrue(rejected("http://127.0.0.1:9399\n9399\n" + TOKEN + "\n1\n").startsWith("line 2"));
        assertTrue(rejected("http://127.0.0.1:9450\n9450\n" + TOKEN + "\n1\n").startsWith("line 2"));
        assertEquals(new SyncPort(9400), parsed("http://127.0.0.1:9400\n9400\n1\n").port());
        rejected("http://127.0.0.1:80\n80\n" + TOKEN + "\n1\n");
        rejected("http://127.0.0.1:9400\n+9400\n" + TOKEN + "\n1\n");
        rejected("http://127.0.0.1:9400\n99999999999999999999999\n" + TOKEN + "\n1\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1:9400", "http://127.0.0.2:9400", "http://example.com:9400", "127.0.0.1:9400",
        "HTTP://127.0.0.1:9400"})
    void lineOneMustBeALoopbackHttpUrl(String url) {
        assertTrue(rejected(url + "\n9400\n" + TOKEN + "\n1\n").startsWith("line 1"));
    }

    @Test
    void otherShapesAreInvalid() {
        rejected("");
        rejected("\n\n");
        rejected("http://127.0.0.1:9400\n9400\n");
        rejected("http://127.0.0.1:9400\n9400\n" + TOKEN + "\n1\nextra\n");
    }

    @Test
    void everyLineMustPassItsRule() {
        assertTrue(rejected("http://127.0.0.1:9400\n9400\nnot-a-token\n1\n").startsWith("line 3"));
        assertTrue(rejected("http://127.0.0.1:9400\n9400\n" + TOKEN + "\n0\n").startsWith("line 4"));
        assertTrue(rejected("http://127.0.0.1:9400\n9400\n" + TOKEN + "\n-5\n").startsWith("line 4"));
        assertTrue(rejected("http://127.0.0.1:9400\n9400\n" + TOKEN + "\nabc\n").startsWith("line 4"));
        assertTrue(rejected("http://127.0.0.1:9400\n9400\n0\n").startsWith("line 3"));
        assertTrue(rejected("http://127.0.0.1:9400\n9400\n" + TOKEN.substring(1) + "\n").startsWith("line 3"));
    }

    @Test
    void rejectionsNeverQuoteTheToken() {
        String reason = rejected("http://127.0.0.1:9400\n9400\n" + TOKEN + "\nnot-a-pid\n");
        assertFalse(reason.contains(TOKEN));
    }

    @Test
    void whatTheProductWritesParsesBackToTheSameState() {
        StateFile state = StateFile.of(new SyncPort(9412), new ControlToken(TOKEN), 4242);
        assertEquals("http://127.0.0.1:9412\n9412\n" + TOKEN + "\n4242\n", state.render());
        assertEquals(state, parsed(state.render()));
    }

    @Test
    void referenceShapesAreNeverWritten() {
        StateFile pidOnly = parsed("http://localhost:9401\n9401\n777\n");
        assertThrows(IllegalStateException.class, pidOnly::render);
    }

    @Test
    void theTokenNeverAppearsInToString() {
        StateFile state = StateFile.of(new SyncPort(9412), new ControlToken(TOKEN), 4242);
        assertFalse(state.toString().contains(TOKEN));
        assertTrue(state.toString().contains("<redacted>"));
    }
}
