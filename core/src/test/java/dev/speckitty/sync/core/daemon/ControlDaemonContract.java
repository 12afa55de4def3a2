package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.speckitty.sync.core.testing.OpenPort;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What every {@link ControlDaemon} does (daemon.md §6.2–§6.3); subclassed for the fake and the HTTP adapter. */
public abstract class ControlDaemonContract {
    protected static final ControlToken TOKEN = new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877");
    protected static final ControlToken WRONG = new ControlToken("ffeeddccbbaa99887766554433221100");
    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    protected abstract ControlDaemon control();

    /** A sync-range port on 127.0.0.1 where a daemon whose token is {@code token} listens. */
    protected abstract OpenPort serveDaemon(ControlToken token) throws Exception;

    /** A sync-range port on which nothing listens. */
    protected abstract SyncPort closedPort() throws Exception;

    @Test
    void aTriggerWithTheTokenIsScheduled() throws Exception {
        try (OpenPort daemon = serveDaemon(TOKEN)) {
            ControlDaemon.Outcome outcome = control().triggerSync(new SyncPort(daemon.port()), TOKEN, TIMEOUT);
            assertEquals(ControlDaemon.Reply.ACCEPTED, outcome.reply());
            assertEquals(202, outcome.status());
        }
    }

    @Test
    void aShutdownWithTheTokenIsAccepted() throws Exception {
        try (OpenPort daemon = serveDaemon(TOKEN)) {
            ControlDaemon.Outcome outcome = control().shutdown(new SyncPort(daemon.port()), TOKEN, TIMEOUT);
            assertEquals(ControlDaemon.Reply.ACCEPTED, outcome.reply());
            assertEquals(200, outcome.status());
        }
    }

    @Test
    void anotherTokenIsRejectedForBothRequests() throws Exception {
        try (OpenPort daemon = serveDaemon(TOKEN)) {
            SyncPort port = new SyncPort(daemon.port());
            ControlDaemon.Outcome trigger = control().triggerSync(port, WRONG, TIMEOUT);
            ControlDaemon.Outcome shutdown = control().shutdown(port, WRONG, TIMEOUT);
            assertEquals(ControlDaemon.Reply.INVALID_TOKEN, trigger.reply());
            assertEquals(403, trigger.status());
            assertEquals(ControlDaemon.Reply.INVALID_TOKEN, shutdown.reply());
            assertFalse(trigger.reason().contains(WRONG.value()) || shutdown.reason().contains(WRONG.value()));
        }
    }

    @Test
    void aClosedPortFailsWithAReasonAndNoStatus() throws Exception {
        ControlDaemon.Outcome outcome = control().triggerSync(closedPort(), TOKEN, TIMEOUT);
        assertEquals(ControlDaemon.Reply.FAILED, outcome.reply());
        assertEquals(0, outcome.status());
        assertFalse(outcome.reason().isBlank());
        assertFalse(outcome.reason().contains(TOKEN.value()));
    }
}
