package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.daemon.ListenerPids;
import dev.speckitty.sync.core.daemon.ListenerPidsContract;
import dev.speckitty.sync.core.testing.OpenPort;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcNetListenerPidsTest extends ListenerPidsContract {
    private final ListenerPids listeners = ProcessAdapters.listenerPids();

    @Override
    protected ListenerPids listeners() {
        return listeners;
    }

    @Override
    protected OpenPort listenOnLoopback() throws Exception {
        ServerSocket server = new ServerSocket(0, 1, LoopbackHttp.LOOPBACK);
        return new OpenPort(server.getLocalPort(), ProcessHandle.current().pid(), server);
    }

    @Override
    protected OpenPort bindWithoutListening() throws Exception {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(LoopbackHttp.LOOPBACK, 0));
        return new OpenPort(socket.getLocalPort(), ProcessHandle.current().pid(), socket);
    }

    private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode";

    private static String row(String local, String state, String inode) {
        return "   0: " + local + " 00000000:0000 " + state + " 00000000:00000000 00:00000000 00000000  1000        0 " + inode
                + " 1 0000000000000000 100 0 0 10 0";
    }

    @Test
    void onlyListeningRowsReachableThroughLoopbackCount() {
        List<String> table = List.of(HEADER,
                row("0100007F:24B8", "0A", "111"), // 127.0.0.1:9400
                row("00000000:24B8", "0A", "112"), // 0.0.0.0:9400
                row("0200007F:24B8", "0A", "113"), // 127.0.0.2:9400: not reached through 127.0.0.1
                row("0100007F:24B8", "01", "114"), // established, not listening
                row("0100007F:24B9", "0A", "115"), // 9401
                row("0100007F:24B8", "0A", "0")); // no inode
        assertEquals(Set.of("111", "112"), ProcNetListenerPids.listeningInodes(table, 9400));
    }

    @Test
    void ipv6WildcardAndMappedLoopbackCount() {
        List<String> table = List.of(HEADER,
                row("00000000000000000000000000000000:24B8", "0A", "211"), // [::]:9400
                row("0000000000000000FFFF00000100007F:24B8", "0A", "212"), // [::ffff:127.0.0.1]:9400
                row("0000000000000000ffff00000100007f:24B8", "0A", "213"), // lowercase hex
                row("00000000000000000000000001000000:24B8", "0A", "214")); // [::1]:9400: IPv6 loopback only
        assertEquals(Set.of("211", "212", "213"), ProcNetListenerPids.listeningInodes(table, 9400));
    }

    @Test
    void malformedRowsAreSkipped() {
        List<String> table = List.of("", "garbage", row("0100007F", "0A", "1"), row("0100007F:ZZZZ", "0A", "2"));
        assertEquals(Set.of(), ProcNetListenerPids.listeningInodes(table, 9400));
    }
}
