package dev.speckitty.sync.core.cleanup;

import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.env.Environment;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The ports used for daemon allocation and every scan (cleanup.md §2.2, cli.md §2): the sync range or a
 * sub-range of it given by {@code SPEC_KITTY_SYNC_PORT_RANGE}. It only narrows what is scanned; the
 * classifier and the hard guard always use the fixed range.
 *
 * @param first first port, inclusive
 * @param last  last port, inclusive
 */
public record PortRange(int first, int last) {

    private static final int LOWEST = SyncPort.FIRST;
    private static final int HIGHEST = SyncPort.END - 1;

    /** The whole sync range, 9400–9449. */
    public static final PortRange DEFAULT = new PortRange(LOWEST, HIGHEST);

    private static final Pattern FIRST_DASH_LAST = Pattern.compile("([0-9]{1,5})-([0-9]{1,5})");

    public PortRange {
        if (!isNarrowingOfSyncRange(first, last)) {
            throw new IllegalArgumentException("port range must satisfy " + LOWEST + " <= first <= last <= "
                    + HIGHEST + ": " + first + "-" + last);
        }
    }

    /**
     * Parses {@code <first>-<last>} (decimal, surrounding whitespace ignored) with
     * {@code 9400 <= first <= last <= 9449}; anything else is empty.
     */
    public static Optional<PortRange> parse(String value) {
        Matcher matcher = FIRST_DASH_LAST.matcher(value.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int first = Integer.parseInt(matcher.group(1));
        int last = Integer.parseInt(matcher.group(2));
        return isNarrowingOfSyncRange(first, last) ? Optional.of(new PortRange(first, last)) : Optional.empty();
    }

    /** The warning (without the {@code [WARN] } prefix, which {@code OperatorLog.warn} adds) for an invalid value. */
    public static String invalidWarning(String value) {
        return "ignoring invalid " + Environment.SYNC_PORT_RANGE + "=" + value;
    }

    /**
     * The range {@code SPEC_KITTY_SYNC_PORT_RANGE} selects: {@link #DEFAULT} when unset or blank (no
     * warning), the parsed range when valid, else {@link #DEFAULT} with {@link #invalidWarning(String)}.
     */
    public static Selection fromEnvironment(Environment environment) {
        Optional<String> value = environment.get(Environment.SYNC_PORT_RANGE).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return new Selection(DEFAULT, Optional.empty());
        }
        return parse(value.get())
                .map(range -> new Selection(range, Optional.<String>empty()))
                .orElseGet(() -> new Selection(DEFAULT, Optional.of(invalidWarning(value.get()))));
    }

    public boolean contains(int port) {
        return port >= first && port <= last;
    }

    /** Every port of the range, ascending (the scan order of cleanup.md §3.1). */
    public List<Integer> ports() {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }

    private static boolean isNarrowingOfSyncRange(int first, int last) {
        return LOWEST <= first && first <= last && last <= HIGHEST;
    }

    /** The chosen range and, when the variable was invalid, the warning to log once. */
    public record Selection(PortRange range, Optional<String> warning) {
    }
}
