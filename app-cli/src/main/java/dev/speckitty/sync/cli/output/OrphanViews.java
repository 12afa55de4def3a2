package dev.speckitty.sync.cli.output;

import static dev.speckitty.sync.cli.output.Text.safe;

import com.google.gson.JsonNull;
import com.google.gson.JsonPrimitive;
import dev.speckitty.sync.core.cleanup.IdentityRecord;
import java.util.List;
import java.util.Map;

/** Live orphan daemons as every report shows them: identity records (cleanup.md §4) and the §5.2 lines. */
final class OrphanViews {

    private OrphanViews() {
    }

    /** The 18 keys of cleanup.md §4, nulls kept; the argv snapshot never leaves the record. */
    static Json.Obj identityRecord(IdentityRecord record) {
        Json.Obj object = Json.object();
        for (Map.Entry<String, Object> entry : record.toWireMap().entrySet()) {
            Object value = entry.getValue();
            if (value == null) {
                object.put(entry.getKey(), JsonNull.INSTANCE);
            } else if (value instanceof Boolean flag) {
                object.put(entry.getKey(), flag.booleanValue());
            } else if (value instanceof Number number) {
                object.put(entry.getKey(), number);
            } else {
                object.put(entry.getKey(), new JsonPrimitive(value.toString()));
            }
        }
        return object;
    }

    static List<Json.Obj> identityRecords(List<IdentityRecord> records) {
        return records.stream().map(OrphanViews::identityRecord).toList();
    }

    /**
     * {@code PID <pid>  port <port>  version <v|unknown>  class <cleanup_class>[  reason <skip_reason>]}
     * (cli.md §5.2; a reported orphan always has a pid, clarifications #36).
     */
    static String line(IdentityRecord record) {
        return "  PID " + record.pid() + "  port " + record.port() + "  version "
                + (record.packageVersion() == null ? "unknown" : safe(record.packageVersion())) + "  class "
                + record.cleanupClass().wireName()
                + (record.skipReason() == null ? "" : "  reason " + record.skipReason().wireName());
    }
}
