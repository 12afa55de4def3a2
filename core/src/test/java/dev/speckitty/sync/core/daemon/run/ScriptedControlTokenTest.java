package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.ScriptedControlToken;
import java.time.Instant;

class ScriptedControlTokenTest extends ReceiveControlTokenContract {
    @Override
    protected ReceiveControlToken endingAfter(byte[] input) {
        return ScriptedControlToken.of(input);
    }

    @Override
    protected ReceiveControlToken silentAfter(byte[] input) {
        return ScriptedControlToken.thenSilence(input, new FakeClock(Instant.EPOCH));
    }
}
