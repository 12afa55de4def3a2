package dev.speckitty.sync.core.queue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a legacy table's columns read (on-disk.md §6.7): {@code feature_slug} → {@code mission_slug} and
 * {@code mission_key} → {@code mission_type} when the new name is absent; a missing {@code coalesce_key}
 * reads as NULL; columns unknown to §6.2–§6.4 are carried in snapshots (so deletes compare them and
 * quarantine keeps them) but never copied, and are reported as dropped. A table still lacking a key column
 * after this mapping is schema-incompatible.
 */
public final class ColumnMapping {

    private static final Map<String, String> RENAMES = Map.of("feature_slug", "mission_slug",
            "mission_key", "mission_type");
    private static final String COALESCE_KEY = "coalesce_key";

    private final QueueTable table;
    private final Map<String, String> legacyByMapped;
    private final List<String> dropped;
    private final List<String> readAsNull;
    private final List<String> missingKeyColumns;

    private ColumnMapping(QueueTable table, Map<String, String> legacyByMapped, List<String> dropped,
                          List<String> readAsNull, List<String> missingKeyColumns) {
        this.table = table;
        this.legacyByMapped = legacyByMapped;
        this.dropped = dropped;
        this.readAsNull = readAsNull;
        this.missingKeyColumns = missingKeyColumns;
    }

    /** Builds the mapping of {@code table} from the legacy table's column names in declaration order. */
    public static ColumnMapping of(QueueTable table, List<String> legacyColumns) {
        Objects.requireNonNull(table, "table");
        List<String> known = QueueSchema.columnNames(table);
        Map<String, String> legacyByMapped = new LinkedHashMap<>();
        List<String> dropped = new ArrayList<>();
        for (String legacy : legacyColumns) {
            String renamed = RENAMES.get(legacy);
            String mapped = renamed != null && known.contains(renamed) && !legacyColumns.contains(renamed)
                    ? renamed : legacy;
            legacyByMapped.put(mapped, legacy);
            if (!known.contains(mapped)) {
                dropped.add(legacy);
            }
        }
        List<String> readAsNull = table == QueueTable.QUEUE && !legacyByMapped.containsKey(COALESCE_KEY)
                ? List.of(COALESCE_KEY) : List.of();
        List<String> missingKeys = table.keyColumns().stream().filter(k -> !legacyByMapped.containsKey(k)).toList();
        return new ColumnMapping(table, Collections.unmodifiableMap(legacyByMapped), List.copyOf(dropped), readAsNull,
                missingKeys);
    }

    public QueueTable table() {
        return table;
    }

    /** Mapped name → legacy name of every real column, in the legacy table's order. */
    public Map<String, String> legacyNameByMappedName() {
        return legacyByMapped;
    }

    /** The real legacy column behind a mapped name. */
    public String legacyName(String mappedName) {
        String legacy = legacyByMapped.get(mappedName);
        if (legacy == null) {
            throw new IllegalArgumentException("no legacy column maps to " + mappedName);
        }
        return legacy;
    }

    /** Legacy columns unknown to the schema: never copied, reported as {@code dropped_columns}. */
    public List<String> droppedColumns() {
        return dropped;
    }

    /** Key columns missing after mapping; non-empty means every row is {@code schema_incompatible}. */
    public List<String> missingKeyColumns() {
        return missingKeyColumns;
    }

    public boolean schemaIncompatible() {
        return !missingKeyColumns.isEmpty();
    }

    /** The row as it reads after mapping: the snapshot plus the absent columns that read as NULL. */
    public QueueRow readView(QueueRow snapshot) {
        QueueRow view = snapshot;
        for (String column : readAsNull) {
            if (!view.has(column)) {
                view = view.with(column, CellValue.NULL);
            }
        }
        return view;
    }

    /** What a scoped INSERT copies: the known columns of the snapshot except {@code id}. */
    public QueueRow insertable(QueueRow snapshot) {
        Map<String, CellValue> copy = new LinkedHashMap<>();
        List<String> known = QueueSchema.columnNames(table);
        snapshot.columns().forEach((name, value) -> {
            if (known.contains(name) && !name.equals(QueueSchema.ID)) {
                copy.put(name, value);
            }
        });
        return new QueueRow(copy);
    }
}
