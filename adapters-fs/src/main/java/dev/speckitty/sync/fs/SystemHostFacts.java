package dev.speckitty.sync.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads the host facts from /proc once, on first use. */
final class SystemHostFacts implements HostFacts {
    static final SystemHostFacts INSTANCE = new SystemHostFacts();

    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");
    private static final Path STATUS = Path.of("/proc/self/status");

    private volatile String hostname;
    private volatile Long realUid;

    private SystemHostFacts() {
    }

    @Override
    public String hostname() {
        String known = hostname;
        if (known == null) {
            known = readHostname();
            hostname = known;
        }
        return known;
    }

    @Override
    public long realUid() {
        Long known = realUid;
        if (known == null) {
            known = readRealUid();
            realUid = known;
        }
        return known;
    }

    private static String readHostname() {
        try {
            return Files.readString(HOSTNAME, StandardCharsets.UTF_8).strip();
        } catch (IOException notLinux) {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                throw new UncheckedIOException("cannot determine the host name", e);
            }
        }
    }

    private static long readRealUid() {
        try {
            return realUidFromStatus(Files.readAllLines(STATUS, StandardCharsets.UTF_8))
                    .orElseThrow(() -> new IOException("no Uid: line in " + STATUS));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot determine the real uid", e);
        }
    }

    /** The first number of the {@code Uid:} line (real, effective, saved, fs uid). */
    static Optional<Long> realUidFromStatus(List<String> lines) {
        for (String line : lines) {
            if (line.startsWith("Uid:")) {
                String[] fields = line.substring(4).strip().split("\\s+");
                try {
                    return Optional.of(Long.parseLong(fields[0]));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
