package dev.speckitty.sync.architecture.violations;

import java.io.IOException;

/** Spawns a process directly instead of through the LaunchDaemon port. */
final class StartsProcesses {
    Process spawn(String program) throws IOException {
        return new ProcessBuilder(program).start();
    }
}
