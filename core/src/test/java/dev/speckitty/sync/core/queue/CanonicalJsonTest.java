package dev.speckitty.sync.core.queue;

import static dev.speckitty.sync.core.testing.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void members_are_sorted_compact_and_typed_by_storage_class() {
        assertEquals("{\"a\":\"x\",\"b\":-7,\"c\":1779000000.123456,\"d\":null,\"e\":{\"base64\":\"AAEC/w==\"},\"f\":0.0}",
                CanonicalJson.row(row("f", 0.0, "e", new byte[] {0, 1, 2, -1}, "d", null, "c", 1779000000.123456,
                        "b", -7L, "a", "x")));
    }

    @Test
    void reals_are_written_as_plain_big_decimals() {
        assertEquals("{\"r\":1779094980.61728}", CanonicalJson.row(row("r", 1779094980.61728)));
        assertEquals("{\"r\":0.00000010}", CanonicalJson.row(row("r", 1.0e-7)));
        assertEquals("{\"r\":10000000000000000000000}", CanonicalJson.row(row("r", 1.0e22)));
        assertEquals("{\"r\":\"-Infinity\"}", CanonicalJson.row(row("r", Double.NEGATIVE_INFINITY)));
    }

    @Test
    void text_keeps_non_ascii_and_html_characters_and_escapes_like_gson() {
        assertEquals("{\"t\":\"Naïve — café → <a href='x'>&=\"}",
                CanonicalJson.row(row("t", "Naïve — café → <a href='x'>&=")));
        assertEquals("{\"t\":\"q\\\"b\\\\n\\nr\\rt\\tc\\u0001s\\u2028\"}",
                CanonicalJson.row(row("t", "q\"b\\n\nr\rt\tc\u0001s\u2028")));
    }

    @Test
    void the_digest_is_sha256_of_the_utf8_json() {
        // printf '%s' '{"event_id":"e1"}' | sha256sum
        assertEquals("337d3a6f8277aa12ab43dd3a843cf8023ea867e4fe181b19b3a733c2268e53c7",
                RowDigest.of(row("event_id", "e1")));
        // printf '%s' '{"t":"café"}' | sha256sum
        assertEquals("d8071006e6a933a716d4c7516f211ad469701f336132f9f38ba66b6d337d21be", RowDigest.of(row("t", "café")));
    }
}
