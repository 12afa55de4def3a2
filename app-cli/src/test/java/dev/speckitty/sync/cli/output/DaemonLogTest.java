package dev.speckitty.sync.cli.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** on-disk.md §8.3: {@code <microseconds timestamp> [<LEVEL>] <message>}, one line per record, on stderr. */
class DaemonLogTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Output output() {
        return new Output(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void everyLevelWithItsTimestamp() {
        DaemonLog log = new DaemonLog(output(), () -> Instant.parse("2026-05-17T16:42:00.1234567Z"), true);
        log.debug("d");
        log.info("sync pass finished: result=ok delivered=0 reason=-");
        log.warn("w");
        log.error("e");
        assertEquals("2026-05-17T16:42:00.123456+00:00 [DEBUG] d\n"
                + "2026-05-17T16:42:00.123456+00:00 [INFO] sync pass finished: result=ok delivered=0 reason=-\n"
                + "2026-05-17T16:42:00.123456+00:00 [WARN] w\n"
                + "2026-05-17T16:42:00.123456+00:00 [ERROR] e\n", err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void debugOnlyWithTheFlagAndOneLinePerRecord() {
        DaemonLog log = new DaemonLog(output(), () -> Instant.EPOCH, false);
        log.debug("hidden");
        log.info("two\nlines\r\u2028end\u0085");
        assertEquals("1970-01-01T00:00:00.000000+00:00 [INFO] two\\u000alines\\u000d\\u2028end\\u0085\n",
                err.toString(StandardCharsets.UTF_8));
    }
}
