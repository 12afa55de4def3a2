package dev.speckitty.sync.core.daemon;

import java.util.Locale;

/** The six compared identity fields, in the canonical order of daemon.md §9.1. */
public enum IdentityField {
    PACKAGE_VERSION,
    EXECUTABLE_PATH,
    SOURCE_CHECKOUT_PATH,
    SERVER_URL,
    AUTH_SCOPE,
    QUEUE_DB_PATH;

    /** The JSON key, e.g. {@code package_version}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
