package dev.speckitty.sync.core.cleanup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.env.Environment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code SPEC_KITTY_SYNC_PORT_RANGE} (cli.md §2) and the scan range it selects (cleanup.md §2.2). */
class PortRangeTest {

    private static PortRange.Selection select(String value) {
        return PortRange.fromEnvironment(Environment.of(Map.of(Environment.SYNC_PORT_RANGE, value)));
    }

    @Test
    void defaultIsTheWholeSyncRangeAscending() {
        assertEquals(new PortRange(9400, 9449), PortRange.DEFAULT);
        List<Integer> ports = PortRange.DEFAULT.ports();
        assertEquals(50, ports.size());
        assertEquals(9400, ports.get(0));
        assertEquals(9449, ports.get(49));
        assertEquals(new PortRange.Selection(PortRange.DEFAULT, Optional.empty()),
                PortRange.fromEnvironment(Environment.of(Map.of())));
    }

    @Test
    void validValuesNarrowTheRange() {
        assertEquals(new PortRange.Selection(new PortRange(9440, 9445), Optional.empty()), select("9440-9445"));
        assertEquals(new PortRange.Selection(new PortRange(9400, 9449), Optional.empty()), select("9400-9449"));
        assertEquals(new PortRange.Selection(new PortRange(9412, 9412), Optional.empty()), select("9412-9412"));
        assertEquals(new PortRange.Selection(new PortRange(9401, 9402), Optional.empty()), select(" 9401-9402\n"));
        assertEquals(List.of(9440, 9441, 9442), new PortRange(9440, 9442).ports());
    }

    @Test
    void invalidValuesAreIgnoredWithTheContractWarning() {
        for (String value : List.of("9399-9410", "9400-9450", "9420-9410", "9400", "9400-", "-9410", "9400:9410",
                "9400 - 9410", "abc", "9400-9410-9420", "+9400-9410", "09400-9410x", "99999999999-9410",
                "\u0669\u0664\u0660\u0660-9410", "0-0")) {
            assertEquals(new PortRange.Selection(PortRange.DEFAULT,
                            Optional.of("ignoring invalid SPEC_KITTY_SYNC_PORT_RANGE=" + value)),
                    select(value), value);
        }
    }

    @Test
    void blankValueCountsAsUnset() {
        assertEquals(new PortRange.Selection(PortRange.DEFAULT, Optional.empty()), select(""));
        assertEquals(new PortRange.Selection(PortRange.DEFAULT, Optional.empty()), select("  "));
    }

    @Test
    void rangeOnlyHoldsSubRangesOfTheSyncRange() {
        assertThrows(IllegalArgumentException.class, () -> new PortRange(9399, 9410));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(9400, 9450));
        assertThrows(IllegalArgumentException.class, () -> new PortRange(9410, 9409));
        PortRange range = new PortRange(9410, 9420);
        assertTrue(range.contains(9410));
        assertTrue(range.contains(9420));
        assertFalse(range.contains(9409));
        assertFalse(range.contains(9421));
    }
}
