package dev.speckitty.sync.core.env;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The process environment as one immutable value. {@code main} builds it from {@code System.getenv()} and
 * injects it, so every command and test can run with any environment (contract README §6). Nothing else
 * reads environment variables.
 */
public record Environment(Map<String, String> variables) {

    public static final String SPEC_KITTY_HOME = "SPEC_KITTY_HOME";
    public static final String HOME = "HOME";
    public static final String ENABLE_SAAS_SYNC = "SPEC_KITTY_ENABLE_SAAS_SYNC";
    public static final String SAAS_URL = "SPEC_KITTY_SAAS_URL";
    public static final String CLI_VERSION = "SPEC_KITTY_CLI_VERSION";
    public static final String SYNC_DISABLE = "SPEC_KITTY_SYNC_DISABLE";
    public static final String IDLE_RETIREMENT_SECONDS = "SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS";
    public static final String TICK_SECONDS = "SPEC_KITTY_DAEMON_TICK_SECONDS";
    public static final String SYNC_PORT_RANGE = "SPEC_KITTY_SYNC_PORT_RANGE";

    private static final Set<String> TRUTHY = Set.of("1", "true", "yes", "y", "on");

    public Environment {
        Objects.requireNonNull(variables, "variables");
        variables = Map.copyOf(new TreeMap<>(variables));
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(variables);
    }

    /** The value if set (possibly empty). */
    public Optional<String> get(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The value if set and not blank after trimming; the trimmed value. */
    public Optional<String> nonBlank(String name) {
        return get(name).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** The truthy grammar of cli.md §2: trimmed, case-insensitive 1/true/yes/y/on. */
    public boolean isTruthy(String name) {
        return get(name).map(v -> TRUTHY.contains(v.strip().toLowerCase(java.util.Locale.ROOT))).orElse(false);
    }

    public boolean saasSyncEnabled() {
        return isTruthy(ENABLE_SAAS_SYNC);
    }

    /** A copy with one variable set (tests and the daemon spawner build child environments this way). */
    public Environment with(String name, String value) {
        Map<String, String> copy = new TreeMap<>(variables);
        copy.put(name, value);
        return new Environment(copy);
    }

    /** A copy without one variable. */
    public Environment without(String name) {
        Map<String, String> copy = new TreeMap<>(variables);
        copy.remove(name);
        return new Environment(copy);
    }
}
