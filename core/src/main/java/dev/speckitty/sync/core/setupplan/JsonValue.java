package dev.speckitty.sync.core.setupplan;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A JSON document as a plain value, so core can build and inspect lifecycle lines and envelopes without a JSON
 * library. Adapters parse files (strictly, with Gson) into this model; {@link CanonicalJson} writes it.
 * Object members are kept sorted by code point, the order of Python's {@code sort_keys}.
 */
public sealed interface JsonValue {

    /** Code point order of member names (Python's string order; differs from UTF-16 order only above U+FFFF). */
    Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    static Obj.Builder object() {
        return new Obj.Builder();
    }

    static Str string(String value) {
        return new Str(value);
    }

    static Num number(long value) {
        return new Num(Long.toString(value));
    }

    /** A string, or JSON null when absent. */
    static JsonValue stringOrNull(Optional<String> value) {
        return value.<JsonValue>map(Str::new).orElse(Null.NULL);
    }

    /** A JSON object; {@link #members()} iterates in {@link #CODE_POINT_ORDER}. */
    record Obj(Map<String, JsonValue> members) implements JsonValue {
        public Obj {
            Objects.requireNonNull(members, "members");
            TreeMap<String, JsonValue> sorted = new TreeMap<>(CODE_POINT_ORDER);
            members.forEach((name, value) -> sorted.put(Objects.requireNonNull(name, "member name"),
                    Objects.requireNonNull(value, "member value")));
            members = Collections.unmodifiableSortedMap(sorted);
        }

        public Optional<JsonValue> get(String name) {
            return Optional.ofNullable(members.get(name));
        }

        /** The member if it is a JSON string. */
        public Optional<String> string(String name) {
            return get(name).filter(Str.class::isInstance).map(v -> ((Str) v).value());
        }

        /** The member if it is a JSON object. */
        public Optional<Obj> object(String name) {
            return get(name).filter(Obj.class::isInstance).map(Obj.class::cast);
        }

        /** The member, or JSON null when absent. */
        public JsonValue getOrNull(String name) {
            return members.getOrDefault(name, Null.NULL);
        }

        /** Builds an object member by member; a later value for a name replaces the earlier one. */
        public static final class Builder {
            private final TreeMap<String, JsonValue> members = new TreeMap<>(CODE_POINT_ORDER);

            public Builder put(String name, JsonValue value) {
                members.put(name, value);
                return this;
            }

            public Builder put(String name, String value) {
                return put(name, new Str(value));
            }

            public Builder put(String name, long value) {
                return put(name, number(value));
            }

            public Obj build() {
                return new Obj(members);
            }
        }
    }

    record Arr(List<JsonValue> elements) implements JsonValue {
        public Arr {
            elements = List.copyOf(elements);
        }
    }

    record Str(String value) implements JsonValue {
        public Str {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A number kept as its JSON literal, so a value read from a file is written back exactly as it was
     * ({@code 7}, {@code 1.50}, {@code 1e3}).
     */
    record Num(String literal) implements JsonValue {
        private static final Pattern GRAMMAR = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

        public Num {
            Objects.requireNonNull(literal, "literal");
            if (!GRAMMAR.matcher(literal).matches()) {
                throw new IllegalArgumentException("not a JSON number: " + literal);
            }
        }

        /** The value if the literal is an integer (no fraction, no exponent) that fits a long. */
        public Optional<Long> integerValue() {
            if (literal.indexOf('.') >= 0 || literal.indexOf('e') >= 0 || literal.indexOf('E') >= 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(Long.parseLong(literal));
            } catch (NumberFormatException tooLarge) {
                return Optional.empty();
            }
        }
    }

    record Bool(boolean value) implements JsonValue {
    }

    enum Null implements JsonValue {
        NULL
    }
}
