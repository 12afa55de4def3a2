package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.daemon.OwnerRecords;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.StateFiles;
import dev.speckitty.sync.core.daemon.control.ServeControlPlane;
import dev.speckitty.sync.core.migration.QueueLocator;
import dev.speckitty.sync.core.port.Clock;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.queue.InspectQueues;
import dev.speckitty.sync.core.root.CanonicalizePath;
import dev.speckitty.sync.core.root.InspectRootSafety;
import dev.speckitty.sync.core.uplink.Uplink;
import java.util.Objects;

/** Everything the daemon process acts through. */
public record DaemonPorts(
        ReceiveControlToken controlToken,
        ServeControlPlane controlPlane,
        OwnerRecords ownerRecords,
        StateFiles stateFiles,
        ProcessTable processes,
        CanonicalizePath canonicalPaths,
        InspectRootSafety rootSafety,
        QueueLocator queueLocator,
        InspectQueues queues,
        Uplink uplink,
        Clock clock,
        OperatorLog log) {

    public DaemonPorts {
        Objects.requireNonNull(controlToken, "controlToken");
        Objects.requireNonNull(controlPlane, "controlPlane");
        Objects.requireNonNull(ownerRecords, "ownerRecords");
        Objects.requireNonNull(stateFiles, "stateFiles");
        Objects.requireNonNull(processes, "processes");
        Objects.requireNonNull(canonicalPaths, "canonicalPaths");
        Objects.requireNonNull(rootSafety, "rootSafety");
        Objects.requireNonNull(queueLocator, "queueLocator");
        Objects.requireNonNull(queues, "queues");
        Objects.requireNonNull(uplink, "uplink");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(log, "log");
    }
}
