package dev.speckitty.sync.core.daemon.run;

import dev.speckitty.sync.core.env.Environment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The self-retirement timing of daemon.md §14.1: the idle window ({@value #SYNC_DAEMON_IDLE_RETIREMENT_SECONDS} s,
 * or {@code SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS}) and the tick ({@value #DAEMON_TICK_SECONDS} s, or
 * {@code SPEC_KITTY_DAEMON_TICK_SECONDS}).
 */
public record RetirementSettings(Duration idle, Duration tick) {

    public static final double SYNC_DAEMON_IDLE_RETIREMENT_SECONDS = 900.0;
    public static final double DAEMON_TICK_SECONDS = 30;
    /** The tick never runs more often than this, however small the idle window (decided in §14.1). */
    public static final Duration MINIMUM_TICK_INTERVAL = Duration.ofMillis(100);

    /** A plain decimal: digits with an optional fraction, or a fraction alone ({@code 2}, {@code 0.5}, {@code .5}). */
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]*)?|\\.[0-9]+");

    public RetirementSettings {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(tick, "tick");
        if (idle.isNegative() || idle.isZero() || tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("idle window and tick must be positive");
        }
    }

    /** The settings with the environment's overrides, and the {@code [WARN]} texts for overrides it ignored. */
    public record Configured(RetirementSettings settings, List<String> warnings) {
        public Configured {
            Objects.requireNonNull(settings, "settings");
            warnings = List.copyOf(warnings);
        }
    }

    public static RetirementSettings defaults() {
        return new RetirementSettings(seconds(SYNC_DAEMON_IDLE_RETIREMENT_SECONDS), seconds(DAEMON_TICK_SECONDS));
    }

    /**
     * Each override must be a positive decimal number; any other value (empty, negative, zero, {@code 1e3},
     * {@code NaN}, too large to count in nanoseconds) is ignored with {@code ignoring invalid <NAME>}.
     */
    public static Configured fromEnvironment(Environment environment) {
        List<String> warnings = new ArrayList<>();
        RetirementSettings defaults = defaults();
        Duration idle = override(environment, Environment.IDLE_RETIREMENT_SECONDS, warnings).orElse(defaults.idle());
        Duration tick = override(environment, Environment.TICK_SECONDS, warnings).orElse(defaults.tick());
        return new Configured(new RetirementSettings(idle, tick), warnings);
    }

    /** {@code min(tick, idle)}, but never below {@link #MINIMUM_TICK_INTERVAL}. */
    public Duration tickInterval() {
        Duration shorter = tick.compareTo(idle) <= 0 ? tick : idle;
        return shorter.compareTo(MINIMUM_TICK_INTERVAL) < 0 ? MINIMUM_TICK_INTERVAL : shorter;
    }

    /** A positive decimal number of seconds, truncated to nanoseconds; empty for anything else. */
    static Optional<Duration> positiveSeconds(String text) {
        String value = text.strip();
        if (!DECIMAL.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            long nanos = new BigDecimal(value).movePointRight(9).setScale(0, RoundingMode.DOWN).longValueExact();
            return nanos > 0 ? Optional.of(Duration.ofNanos(nanos)) : Optional.empty();
        } catch (ArithmeticException tooLarge) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> override(Environment environment, String name, List<String> warnings) {
        Optional<String> raw = environment.get(name);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<Duration> parsed = positiveSeconds(raw.get());
        if (parsed.isEmpty()) {
            warnings.add("ignoring invalid " + name);
        }
        return parsed;
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1_000_000_000L));
    }
}
