package dev.speckitty.sync.fs.project;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.setupplan.LamportClock;
import dev.speckitty.sync.core.setupplan.LifecycleEventLog;
import dev.speckitty.sync.core.setupplan.ListMissionArtifacts;
import dev.speckitty.sync.core.setupplan.LocateMission;
import dev.speckitty.sync.core.setupplan.ReadProjectInputs;
import dev.speckitty.sync.core.setupplan.WritePlanScaffold;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file-system adapters of {@code agent mission setup-plan}: the project files of cli.md §14 / on-disk.md §10 and
 * the Lamport clock {@code <R>/clock.json} (on-disk.md §9). The readers never create a file or directory.
 */
public final class ProjectFiles {

    private static final Path KERNEL_HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private ProjectFiles() {
    }

    public static LocateMission locateMission() {
        return new FsLocateMission();
    }

    /** Warnings ({@code ignoring unreadable <path>}) go to {@code log}. */
    public static ReadProjectInputs readProjectInputs(OperatorLog log) {
        return new FsReadProjectInputs(log);
    }

    public static WritePlanScaffold writePlanScaffold() {
        return new FsWritePlanScaffold();
    }

    /** {@code clock} paces the retries for the lock on {@code status.events.jsonl} (100 × 0.1 s). */
    public static LifecycleEventLog lifecycleEventLog(Clock clock) {
        return new FsLifecycleEventLog(clock);
    }

    public static ListMissionArtifacts listMissionArtifacts() {
        return new FsListMissionArtifacts();
    }

    /**
     * @param locks the product's {@code LockFiles} ({@code clock.lock})
     * @param clock stamps {@code updated_at}
     * @param environment {@code USER}/{@code LOGNAME} for the node id; the JVM {@code user.name} is the last resort
     */
    public static LamportClock lamportClock(LockFiles locks, Clock clock, Environment environment) {
        return new FsLamportClock(locks, clock, environment, ProjectFiles::kernelHostname,
                System.getProperty("user.name", ""));
    }

    /**
     * The kernel node name (on-disk.md §5.4): the trimmed content of {@code /proc/sys/kernel/hostname} on Linux,
     * else the local host name the JVM reports, else {@code localhost}.
     */
    static String kernelHostname() {
        try {
            String name = new String(Files.readAllBytes(KERNEL_HOSTNAME), StandardCharsets.UTF_8).strip();
            if (!name.isEmpty()) {
                return name;
            }
        } catch (IOException notLinux) {
            // fall through to the JVM's view of the host name
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException unresolvable) {
            return "localhost";
        }
    }
}
