package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.daemon.run.ReceiveControlToken;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * A stdin scripted as bytes: either followed by end-of-input, or by silence (the writer never closes), in which
 * case the wait ends after the timeout, spent on a {@link FakeClock}.
 */
public final class ScriptedControlToken implements ReceiveControlToken {
    private final byte[] input;
    private final boolean endsAfterInput;
    private final FakeClock clock;
    private int reads;

    private ScriptedControlToken(byte[] input, boolean endsAfterInput, FakeClock clock) {
        this.input = input.clone();
        this.endsAfterInput = endsAfterInput;
        this.clock = clock;
    }

    /** {@code input}, then end-of-input. */
    public static ScriptedControlToken of(byte[] input) {
        return new ScriptedControlToken(input, true, new FakeClock(java.time.Instant.EPOCH));
    }

    public static ScriptedControlToken line(String text) {
        return of((text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** {@code input}, then nothing more and no end: the wait times out on {@code clock}. */
    public static ScriptedControlToken thenSilence(byte[] input, FakeClock clock) {
        return new ScriptedControlToken(input, false, clock);
    }

    /** How often the daemon asked for its token. */
    public synchronized int reads() {
        return reads;
    }

    @Override
    public synchronized Optional<String> firstLine(Duration timeout) {
        reads++;
        int newline = indexOf(input, (byte) '\n');
        int end = newline >= 0 ? newline : input.length;
        if (end > MAX_LINE_BYTES) {
            return Optional.empty();
        }
        if (newline < 0 && !endsAfterInput) {
            clock.advance(timeout);
            return Optional.empty();
        }
        if (newline < 0 && input.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new String(Arrays.copyOf(input, end), StandardCharsets.UTF_8));
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }
}
