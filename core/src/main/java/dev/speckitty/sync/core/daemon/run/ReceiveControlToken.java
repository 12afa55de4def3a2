package dev.speckitty.sync.core.daemon.run;

import java.time.Duration;
import java.util.Optional;

/**
 * The daemon's end of the token hand-off (daemon.md §4.4, §5.1 step 3): the spawner writes {@code <token>\n} on the
 * daemon's stdin and closes it. The token never travels in argv or the environment.
 */
public interface ReceiveControlToken {

    /** Lines longer than this are no token; reading stops there instead of buffering without bound. */
    int MAX_LINE_BYTES = 1024;

    /**
     * The first line, without its {@code \n} (a line ended by end-of-input counts), read as UTF-8. Empty when
     * nothing arrives within {@code timeout}, the input ends before any byte, the line exceeds
     * {@value #MAX_LINE_BYTES} bytes, or reading fails. Reads at most one line; waits go through the clock.
     */
    Optional<String> firstLine(Duration timeout);
}
