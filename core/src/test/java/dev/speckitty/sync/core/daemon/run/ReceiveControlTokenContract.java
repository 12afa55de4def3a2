package dev.speckitty.sync.core.daemon.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ReceiveControlToken} reads from the hand-off; subclassed for the fake and for stdin. */
public abstract class ReceiveControlTokenContract {

    protected static final String TOKEN = "3f9a0c5e8d7b6a5f4e3d2c1b0a998877";

    /** A hand-off that delivers {@code input} and then ends. */
    protected abstract ReceiveControlToken endingAfter(byte[] input) throws Exception;

    /** A hand-off that delivers {@code input} and then stays open and silent. */
    protected abstract ReceiveControlToken silentAfter(byte[] input) throws Exception;

    /** A timeout short enough for a test to wait out. */
    protected Duration shortTimeout() {
        return Duration.ofMillis(200);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theFirstLineWithoutItsNewline() throws Exception {
        assertEquals(Optional.of(TOKEN), endingAfter(bytes(TOKEN + "\n")).firstLine(shortTimeout()));
        assertEquals(Optional.of(TOKEN), endingAfter(bytes(TOKEN + "\nsecond line\n")).firstLine(shortTimeout()));
    }

    @Test
    void aLineEndedByTheEndOfInputCounts() throws Exception {
        assertEquals(Optional.of(TOKEN), endingAfter(bytes(TOKEN)).firstLine(shortTimeout()));
    }

    @Test
    void anEmptyFirstLineIsAnEmptyString() throws Exception {
        assertEquals(Optional.of(""), endingAfter(bytes("\n" + TOKEN + "\n")).firstLine(shortTimeout()));
    }

    @Test
    void noInputAtAllIsNoLine() throws Exception {
        assertEquals(Optional.empty(), endingAfter(new byte[0]).firstLine(shortTimeout()));
    }

    @Test
    void aLineLongerThanTheLimitIsNoLine() throws Exception {
        String longLine = "a".repeat(ReceiveControlToken.MAX_LINE_BYTES + 1);
        assertEquals(Optional.empty(), endingAfter(bytes(longLine + "\n")).firstLine(shortTimeout()));
        assertEquals(Optional.of("a".repeat(ReceiveControlToken.MAX_LINE_BYTES)),
                endingAfter(bytes("a".repeat(ReceiveControlToken.MAX_LINE_BYTES) + "\n")).firstLine(shortTimeout()));
    }

    @Test
    void silenceEndsAfterTheTimeout() throws Exception {
        assertEquals(Optional.empty(), silentAfter(new byte[0]).firstLine(shortTimeout()));
        assertEquals(Optional.empty(), silentAfter(bytes(TOKEN)).firstLine(shortTimeout()));
    }

    @Test
    void aCompleteLineNeedsNoEndOfInput() throws Exception {
        assertEquals(Optional.of(TOKEN), silentAfter(bytes(TOKEN + "\n")).firstLine(shortTimeout()));
    }
}
