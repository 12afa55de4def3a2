package dev.speckitty.sync.process.control;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.control.ControlResponse;
import dev.speckitty.sync.core.daemon.control.DaemonHealth;
import java.nio.charset.StandardCharsets;

/**
 * Compact UTF-8 JSON of a response body (daemon.md §6.1, §7.1), without HTML escaping, nulls written out. The health
 * owner block carries {@code "<redacted>"} in place of the token, and there is no top-level token at all.
 */
final class ResponseJson {
    private static final Gson GSON = new GsonBuilder().serializeNulls().disableHtmlEscaping().create();

    private ResponseJson() {
    }

    static byte[] render(ControlResponse.Body body) {
        JsonObject json;
        if (body instanceof ControlResponse.Member member) {
            json = new JsonObject();
            json.addProperty(member.name(), member.value());
        } else if (body instanceof ControlResponse.Health health) {
            json = health(health.health());
        } else {
            throw new IllegalArgumentException("no JSON for " + body.getClass().getSimpleName());
        }
        return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject health(DaemonHealth health) {
        JsonObject sync = new JsonObject();
        sync.addProperty("running", health.syncRunning());
        sync.add("last_sync", health.lastSync().<com.google.gson.JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
        sync.addProperty("consecutive_failures", health.consecutiveFailures());
        JsonObject json = new JsonObject();
        json.addProperty("status", DaemonHealth.STATUS);
        json.addProperty("daemon_family", DaemonHealth.DAEMON_FAMILY);
        json.addProperty("singleton_scope_id", health.singletonScopeId());
        json.addProperty("protocol_version", DaemonHealth.PROTOCOL_VERSION);
        json.addProperty("package_version", health.packageVersion());
        json.add("sync", sync);
        json.addProperty("websocket_status", DaemonHealth.WEBSOCKET_STATUS);
        json.add("owner", owner(health.owner()));
        return json;
    }

    private static JsonObject owner(OwnerRecord record) {
        JsonObject owner = new JsonObject();
        owner.addProperty("auth_principal", record.authPrincipal());
        owner.addProperty("auth_scope", record.authScope());
        owner.addProperty("auth_team", record.authTeam());
        owner.addProperty("executable_path", record.executablePath());
        owner.addProperty("package_version", record.packageVersion());
        owner.addProperty("pid", record.pid());
        owner.addProperty("port", record.port());
        owner.addProperty("queue_db_path", record.queueDbPath());
        owner.addProperty("server_url", record.serverUrl());
        owner.addProperty("source_checkout_path", record.sourceCheckoutPath());
        owner.addProperty("started_at", record.startedAt());
        owner.addProperty("token", ControlToken.REDACTED);
        return owner;
    }
}
