package dev.speckitty.sync.process;

import dev.speckitty.sync.core.daemon.ListenerPids;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Port → listener pid on Linux (cleanup.md §3.2): LISTEN rows of {@code /proc/net/tcp} and {@code tcp6} whose
 * local address is reachable through 127.0.0.1 give socket inodes; the lowest pid with a {@code socket:[inode]}
 * link under {@code /proc/<pid>/fd} wins. Processes whose descriptors this user cannot read are skipped. The
 * {@code ss}/{@code lsof} fallbacks of other POSIX systems are not implemented: there the pid is unknown.
 */
final class ProcNetListenerPids implements ListenerPids {
    private static final String LISTEN = "0A";
    private static final Set<String> LOOPBACK_REACHABLE = Set.of(
            "0100007F", // 127.0.0.1
            "00000000", // 0.0.0.0
            "00000000000000000000000000000000", // ::
            "0000000000000000FFFF00000100007F"); // ::ffff:127.0.0.1

    private final Path procRoot;

    ProcNetListenerPids(Path procRoot) {
        this.procRoot = procRoot;
    }

    @Override
    public OptionalLong listenerPid(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            try {
                String text = ProcFsProcessTable.readProcText(procRoot.resolve("net").resolve(table));
                inodes.addAll(listeningInodes(text.lines().toList(), port));
            } catch (IOException | RuntimeException unreadable) {
                // a kernel without IPv6 has no tcp6; nothing found there
            }
        }
        return inodes.isEmpty() ? OptionalLong.empty() : lowestPidHolding(inodes);
    }

    /** Socket inodes of LISTEN rows for {@code port} whose local address is reachable through 127.0.0.1. */
    static Set<String> listeningInodes(List<String> tableLines, int port) {
        Set<String> inodes = new HashSet<>();
        for (String line : tableLines) {
            String[] fields = line.strip().split("\\s+");
            if (fields.length < 10 || !LISTEN.equals(fields[3])) {
                continue;
            }
            int colon = fields[1].indexOf(':');
            if (colon < 0) {
                continue;
            }
            String address = fields[1].substring(0, colon).toUpperCase(Locale.ROOT);
            int localPort;
            try {
                localPort = Integer.parseInt(fields[1].substring(colon + 1), 16);
            } catch (NumberFormatException notAPort) {
                continue;
            }
            if (localPort == port && LOOPBACK_REACHABLE.contains(address) && !"0".equals(fields[9])) {
                inodes.add(fields[9]);
            }
        }
        return inodes;
    }

    private OptionalLong lowestPidHolding(Set<String> inodes) {
        Set<String> links = new HashSet<>();
        for (String inode : inodes) {
            links.add("socket:[" + inode + "]");
        }
        for (long pid : pidsAscending()) {
            if (holdsAny(procRoot.resolve(Long.toString(pid)).resolve("fd"), links)) {
                return OptionalLong.of(pid);
            }
        }
        return OptionalLong.empty();
    }

    private List<Long> pidsAscending() {
        List<Long> pids = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(procRoot)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 19) {
                    pids.add(Long.parseLong(name));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            return List.of();
        }
        pids.sort(null);
        return pids;
    }

    private static boolean holdsAny(Path fdDirectory, Set<String> links) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(fdDirectory)) {
            for (Path fd : fds) {
                try {
                    if (links.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException | RuntimeException closedMeanwhile) {
                    // the descriptor was closed while we looked
                }
            }
        } catch (IOException | RuntimeException notOurs) {
            // another user's process or one that exited
        }
        return false;
    }
}
