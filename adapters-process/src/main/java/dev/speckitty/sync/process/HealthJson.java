package dev.speckitty.sync.process;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.SyncActivity;
import java.util.Optional;

/**
 * Reads a health response body (daemon.md §7, cleanup.md §3.1 step 2): strict JSON that must be an object;
 * every field is then taken leniently (absent when missing or of another type). A top-level {@code token} and
 * {@code owner.token} are never read.
 */
final class HealthJson {
    private HealthJson() {
    }

    static Optional<HealthReport> parse(byte[] body) {
        return StrictJson.parse(body)
                .filter(JsonElement::isJsonObject)
                .map(JsonElement::getAsJsonObject)
                .map(HealthJson::report);
    }

    private static HealthReport report(JsonObject health) {
        String family = StrictJson.string(health, "daemon_family");
        boolean familyNotAString = health.has("daemon_family") && family == null;
        JsonObject sync = StrictJson.object(health, "sync");
        JsonObject owner = StrictJson.object(health, "owner");
        return new HealthReport(
                StrictJson.string(health, "status"),
                family,
                familyNotAString,
                StrictJson.string(health, "singleton_scope_id"),
                StrictJson.integer(health, "protocol_version"),
                StrictJson.string(health, "package_version"),
                sync == null ? null : new SyncActivity(StrictJson.bool(sync, "running"), StrictJson.string(sync, "last_sync"),
                        StrictJson.integer(sync, "consecutive_failures")),
                StrictJson.string(health, "websocket_status"),
                owner == null ? null : owner(owner));
    }

    private static HealthOwner owner(JsonObject owner) {
        return new HealthOwner(
                StrictJson.integer(owner, "pid"),
                StrictJson.integer(owner, "port"),
                StrictJson.string(owner, "package_version"),
                StrictJson.string(owner, "executable_path"),
                StrictJson.string(owner, "source_checkout_path"),
                StrictJson.string(owner, "server_url"),
                StrictJson.string(owner, "auth_principal"),
                StrictJson.string(owner, "auth_team"),
                StrictJson.string(owner, "auth_scope"),
                StrictJson.string(owner, "queue_db_path"),
                StrictJson.string(owner, "started_at"));
    }
}
