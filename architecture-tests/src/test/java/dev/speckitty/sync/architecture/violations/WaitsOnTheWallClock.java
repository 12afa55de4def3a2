package dev.speckitty.sync.architecture.violations;

import java.time.Instant;

/** Reads the wall clock and sleeps instead of going through the Clock port. */
final class WaitsOnTheWallClock {
    Instant pause() throws InterruptedException {
        Thread.sleep(1);
        return Instant.now();
    }
}
