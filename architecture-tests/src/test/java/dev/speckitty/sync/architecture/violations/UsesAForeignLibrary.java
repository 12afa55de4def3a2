package dev.speckitty.sync.architecture.violations;

import dev.speckitty.sync.core.env.Environment;
import java.util.Map;
import org.opentest4j.AssertionFailedError;

/** Depends on core and on a library outside the JDK (opentest4j stands in for any unlisted library). */
final class UsesAForeignLibrary {
    Environment empty() {
        return Environment.of(Map.of());
    }

    Error complaint(String message) {
        return new AssertionFailedError(message);
    }
}
