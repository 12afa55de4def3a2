package dev.speckitty.sync.core.daemon.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.env.Environment;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** daemon.md §14.1: the idle window and the tick, with their environment overrides. */
class RetirementSettingsTest {

    private static RetirementSettings.Configured configured(Map<String, String> variables) {
        return RetirementSettings.fromEnvironment(Environment.of(variables));
    }

    @Test
    void theNamedConstantsAreTheDefaults() {
        assertEquals(900.0, RetirementSettings.SYNC_DAEMON_IDLE_RETIREMENT_SECONDS);
        RetirementSettings.Configured none = configured(Map.of());
        assertEquals(new RetirementSettings(Duration.ofSeconds(900), Duration.ofSeconds(30)), none.settings());
        assertEquals(List.of(), none.warnings());
        assertEquals(Duration.ofSeconds(30), none.settings().tickInterval());
    }

    @Test
    void positiveDecimalsOverrideBoth() {
        RetirementSettings.Configured set = configured(Map.of(Environment.IDLE_RETIREMENT_SECONDS, "2",
                Environment.TICK_SECONDS, "0.5"));
        assertEquals(new RetirementSettings(Duration.ofSeconds(2), Duration.ofMillis(500)), set.settings());
        assertEquals(List.of(), set.warnings());
    }

    @Test
    void theDecimalGrammar() {
        assertEquals(Optional.of(Duration.ofMillis(1500)), RetirementSettings.positiveSeconds("1.5"));
        assertEquals(Optional.of(Duration.ofMillis(500)), RetirementSettings.positiveSeconds(".5"));
        assertEquals(Optional.of(Duration.ofSeconds(2)), RetirementSettings.positiveSeconds("2."));
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetirementSettings.positiveSeconds(" 7 "));
        assertEquals(Optional.of(Duration.ofNanos(1)), RetirementSettings.positiveSeconds("0.000000001"));
        for (String invalid : List.of("", " ", "0", "0.0", "-1", "+1", "1e3", "NaN", "Infinity", "1,5", "abc", "1.2.3",
                "0.0000000001", "99999999999999999999")) {
            assertEquals(Optional.empty(), RetirementSettings.positiveSeconds(invalid), invalid);
        }
    }

    @Test
    void invalidValuesAreIgnoredWithTheExactWarnings() {
        RetirementSettings.Configured invalid = configured(Map.of(Environment.IDLE_RETIREMENT_SECONDS, "soon",
                Environment.TICK_SECONDS, "-3"));
        assertEquals(RetirementSettings.defaults(), invalid.settings());
        assertEquals(List.of("ignoring invalid SPEC_KITTY_DAEMON_IDLE_RETIREMENT_SECONDS",
                "ignoring invalid SPEC_KITTY_DAEMON_TICK_SECONDS"), invalid.warnings());
        assertEquals(List.of("ignoring invalid SPEC_KITTY_DAEMON_TICK_SECONDS"),
                configured(Map.of(Environment.TICK_SECONDS, "")).warnings());
    }

    @Test
    void theTickIsTheShorterOfTickAndIdleButNeverBelowATenthOfASecond() {
        assertEquals(Duration.ofSeconds(2),
                new RetirementSettings(Duration.ofSeconds(2), Duration.ofSeconds(30)).tickInterval());
        assertEquals(Duration.ofMillis(300),
                new RetirementSettings(Duration.ofSeconds(2), Duration.ofMillis(300)).tickInterval());
        assertEquals(Duration.ofMillis(100),
                new RetirementSettings(Duration.ofMillis(20), Duration.ofSeconds(30)).tickInterval());
        assertEquals(Duration.ofMillis(100),
                new RetirementSettings(Duration.ofSeconds(900), Duration.ofMillis(1)).tickInterval());
    }
}
