package dev.speckitty.sync.architecture.violations;

import java.util.logging.Logger;

/** Logs through java.util.logging instead of the OperatorLog port. */
final class LogsThroughJul {
    void note(String message) {
        Logger.getLogger("spec-kitty").info(message);
    }
}
