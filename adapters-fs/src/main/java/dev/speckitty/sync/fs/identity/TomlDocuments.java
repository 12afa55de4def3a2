package dev.speckitty.sync.fs.identity;

import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Optional;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlTable;

/** Strict TOML reading with tomlj: invalid UTF-8, any parse error, or a parser failure means "not TOML". */
final class TomlDocuments {
    private TomlDocuments() {
    }

    static Optional<TomlTable> parse(byte[] bytes) {
        try {
            TomlParseResult result = Toml.parse(StrictUtf8.decode(bytes));
            return result.hasErrors() ? Optional.empty() : Optional.of(result);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        } catch (RuntimeException | StackOverflowError parserGaveUp) {
            // tomlj's ANTLR parser recurses on nesting; a hostile file must still be just "not TOML".
            return Optional.empty();
        }
    }

    /** The value at {@code table.key}, or null when {@code table} is missing or not a table. */
    static Object valueIn(TomlTable document, String table, String key) {
        Object section = document.get(List.of(table));
        return section instanceof TomlTable t ? t.get(List.of(key)) : null;
    }

    static String stringIn(TomlTable document, String table, String key) {
        return valueIn(document, table, key) instanceof String s ? s : null;
    }
}
