package dev.speckitty.sync.cli.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.process.LiveBand;
import dev.speckitty.sync.process.StubSyncDaemon;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ensure, reuse, status, stop, restart and sync now with every real adapter and real processes: daemons are the
 * test-only stub in the Java spawn shape, launched by the real launcher into this helper's band (9409-9417), checked
 * through /proc, sockets and the real files, and stopped by their authenticated shutdown or verified signals.
 */
@Tag("live")
class DaemonControlLiveTest {
    @TempDir
    Path temp;
    private LiveCli cli;

    @BeforeEach
    void setUp() throws IOException {
        cli = new LiveCli(temp);
    }

    @AfterEach
    void endEveryDaemonWeStarted() throws InterruptedException {
        cli.close();
    }

    private JsonObject start() {
        CliRun run = cli.run("sync", "daemon", "start", "--json");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        JsonObject outcome = run.json();
        cli.track(outcome.get("pid").getAsLong());
        return outcome;
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port), 200);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    @Test
    void startReuseCheckAndStopARealDaemon() throws Exception {
        JsonObject started = start();
        assertEquals("started", started.get("status").getAsString());
        long pid = started.get("pid").getAsLong();
        int port = started.get("port").getAsInt();
        assertTrue(port >= LiveBand.FIRST && port <= LiveBand.LAST, "allocated in the band: " + port);

        List<String> argv = List.of(Files.readString(Path.of("/proc", Long.toString(pid), "cmdline"))
                .split("\0"));
        String token = Files.readAllLines(cli.root().resolve("sync-daemon"), StandardCharsets.US_ASCII).get(2);
        assertTrue(argv.containsAll(List.of("sync", "daemon", "run", "--port", String.valueOf(port),
                "--spec-kitty-daemon-root=" + cli.root())), argv.toString());
        assertFalse(argv.stream().anyMatch(element -> element.contains(token)), "the token is not in argv");
        assertEquals(List.of("http://127.0.0.1:" + port, String.valueOf(port), token, String.valueOf(pid)),
                Files.readAllLines(cli.root().resolve("sync-daemon")));

        JsonObject again = cli.run("sync", "daemon", "start", "--json").json();
        assertEquals("reused", again.get("status").getAsString());
        assertEquals(pid, again.get("pid").getAsLong());

        CliRun check = cli.run("sync", "status", "--check", "--json");
        assertEquals(0, check.exitCode(), check.stdout());
        JsonObject status = check.json();
        assertEquals("present", status.getAsJsonObject("daemon_owner_record").get("status").getAsString());
        assertTrue(status.getAsJsonObject("daemon").get("healthy").getAsBoolean());
        assertFalse(check.stdout().contains(token) || check.stderr().contains(token), "no token in any output");

        CliRun stop = cli.run("sync", "daemon", "stop", "--json");
        assertEquals(0, stop.exitCode(), stop.stderr());
        assertEquals("stopped", stop.json().get("status").getAsString());
        assertTrue(LiveCli.gone(pid), "the daemon process ended");
        assertFalse(accepts(port), "its port is closed");
        assertFalse(Files.exists(cli.root().resolve("sync-daemon")));
        assertFalse(Files.exists(cli.root().resolve("sync/daemon/owner.json")));
        assertTrue(Files.readString(cli.root().resolve("sync-daemon.log")).contains("listening on 127.0.0.1:" + port));
    }

    @Test
    void syncNowStartsTheDaemonAndTriggersAPass() {
        CliRun run = cli.run("sync", "now", "--json");
        assertEquals(0, run.exitCode(), run.stdout() + run.stderr());
        JsonObject json = run.json();
        cli.track(json.getAsJsonObject("daemon").get("pid").getAsLong());
        assertEquals("triggered", json.get("status").getAsString());
        assertEquals("started", json.getAsJsonObject("daemon").get("status").getAsString());
        CliRun again = cli.run("sync", "now", "--json");
        assertEquals("reused", again.json().getAsJsonObject("daemon").get("status").getAsString());
    }

    @Test
    void restartReplacesTheDaemonWithANewProcess() throws Exception {
        long first = start().get("pid").getAsLong();
        CliRun restart = cli.run("doctor", "restart-daemon", "--json");
        assertEquals(0, restart.exitCode(), restart.stdout() + restart.stderr());
        JsonObject outcome = restart.json();
        long second = cli.track(outcome.get("new_pid").getAsLong());
        assertEquals("restarted", outcome.get("status").getAsString());
        assertEquals(first, outcome.get("previous_pid").getAsLong());
        assertNotEquals(first, second);
        assertTrue(LiveCli.gone(first));
        assertTrue(cli.ours(second));
    }

    @Test
    void aDaemonIgnoringShutdownIsVerifiedAndTerminated() {
        cli.with(StubSyncDaemon.IGNORE_SHUTDOWN, "1");
        long pid = start().get("pid").getAsLong();
        CliRun stop = cli.run("sync", "daemon", "stop");
        assertEquals(0, stop.exitCode(), stop.stderr());
        assertEquals("Sync daemon stopped.\n", stop.stdout());
        assertTrue(LiveCli.gone(pid));
    }

    @Test
    void aKilledDaemonIsReportedUnhealthyAndClearedWithoutSignals() throws Exception {
        JsonObject started = start();
        long pid = started.get("pid").getAsLong();
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        handle.destroyForcibly();
        handle.onExit().get();
        JsonObject status = cli.run("sync", "daemon", "status", "--json").json();
        assertFalse(status.get("healthy").getAsBoolean());
        assertEquals("orphan", status.get("owner_record_status").getAsString(), "SIGKILL left the record behind");
        CliRun stop = cli.run("sync", "daemon", "stop", "--json");
        assertEquals("cleared_unhealthy", stop.json().get("status").getAsString());
        assertEquals(pid, stop.json().get("pid").getAsLong());
        assertFalse(Files.exists(cli.root().resolve("sync/daemon/owner.json")), "the record naming it was removed");
    }
}
