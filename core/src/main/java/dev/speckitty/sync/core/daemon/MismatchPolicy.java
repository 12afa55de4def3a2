package dev.speckitty.sync.core.daemon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The foreground/daemon identity comparison of daemon.md §9 (FR-007, D-3). Pure.
 *
 * <p>Path fields are compared in canonical form, {@code server_url} after {@link #normalisedServerUrl}, the other
 * fields by exact string equality; both null is equal, null against a value is a mismatch. Which daemon side to
 * compare against is {@link ComparisonBasis#choose}.
 */
public final class MismatchPolicy {

    private MismatchPolicy() {
    }

    /** Every mismatched field, in canonical order (daemon.md §9.1); empty when the identities agree. */
    public static List<FieldMismatch> compare(IdentityFields foreground, IdentityFields daemon) {
        List<FieldMismatch> mismatches = new ArrayList<>();
        plain(mismatches, IdentityField.PACKAGE_VERSION, foreground.packageVersion(), daemon.packageVersion());
        path(mismatches, IdentityField.EXECUTABLE_PATH, foreground.executablePath(), daemon.executablePath());
        path(mismatches, IdentityField.SOURCE_CHECKOUT_PATH, foreground.sourceCheckoutPath(), daemon.sourceCheckoutPath());
        if (!Objects.equals(normalisedServerUrl(foreground.serverUrl()), normalisedServerUrl(daemon.serverUrl()))) {
            mismatches.add(new FieldMismatch(IdentityField.SERVER_URL, foreground.serverUrl(), daemon.serverUrl()));
        }
        plain(mismatches, IdentityField.AUTH_SCOPE, foreground.authScope(), daemon.authScope());
        path(mismatches, IdentityField.QUEUE_DB_PATH, foreground.queueDbPath(), daemon.queueDbPath());
        return List.copyOf(mismatches);
    }

    /**
     * A server URL as the scope server is normalised (on-disk.md §5.6): trimmed, lowercased, trailing {@code /}
     * removed. Null stays null. Every comparison of {@code server_url} uses it (daemon.md §9.3, §13.3).
     */
    public static String normalisedServerUrl(String serverUrl) {
        if (serverUrl == null) {
            return null;
        }
        String normalised = serverUrl.strip().toLowerCase(Locale.ROOT);
        int end = normalised.length();
        while (end > 0 && normalised.charAt(end - 1) == '/') {
            end--;
        }
        return normalised.substring(0, end);
    }

    private static void plain(List<FieldMismatch> out, IdentityField field, String foreground, String daemon) {
        if (!Objects.equals(foreground, daemon)) {
            out.add(new FieldMismatch(field, foreground, daemon));
        }
    }

    private static void path(List<FieldMismatch> out, IdentityField field, ComparedPath foreground, ComparedPath daemon) {
        if (!Objects.equals(foreground.canonical(), daemon.canonical())) {
            out.add(new FieldMismatch(field, foreground.reported(), daemon.reported()));
        }
    }
}
