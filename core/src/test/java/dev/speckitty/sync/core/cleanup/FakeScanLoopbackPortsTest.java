package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.testing.FakeProbeLoopback;
import dev.speckitty.sync.core.testing.OpenPort;
import dev.speckitty.sync.core.testing.SequentialScanLoopbackPorts;

/** The sequential fake against the {@link ScanLoopbackPorts} contract. */
class FakeScanLoopbackPortsTest extends ScanLoopbackPortsContract {
    private final FakeProbeLoopback loopback = new FakeProbeLoopback();
    private final ScanLoopbackPorts scanner = new SequentialScanLoopbackPorts(loopback);

    @Override
    protected ScanLoopbackPorts scanner() {
        return scanner;
    }

    @Override
    protected OpenPort serveHealth(HealthReport report) {
        SyncPort port = new SyncPort(9444);
        loopback.serve(port, report);
        return new OpenPort(port.value(), 1, () -> loopback.close(port));
    }

    @Override
    protected OpenPort serveSilence() {
        SyncPort port = new SyncPort(9445);
        loopback.acceptWithoutHealth(port, "timed out");
        return new OpenPort(port.value(), 1, () -> loopback.close(port));
    }

    @Override
    protected SyncPort closedPort() {
        return new SyncPort(9446);
    }
}
