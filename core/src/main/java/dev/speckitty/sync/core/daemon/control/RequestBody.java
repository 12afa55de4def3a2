package dev.speckitty.sync.core.daemon.control;

import java.util.Objects;

/**
 * A request body as far as the control plane cares (daemon.md §6.3 step 1): whether it is one strict JSON object
 * of at most {@value #MAX_BYTES} bytes, and what its {@code token} member is. A missing or zero-length body is the
 * empty object. Other members are ignored, so they are not kept.
 */
public sealed interface RequestBody {

    /** The body limit decided in daemon.md §6.3: 64 KiB. */
    int MAX_BYTES = 65536;

    /** The body of a request that is not a POST: never read. */
    record NotRead() implements RequestBody {
    }

    /** Over {@value #MAX_BYTES} bytes, not UTF-8, not strict JSON, or JSON that is not an object. */
    record Invalid() implements RequestBody {
    }

    /** A JSON object (possibly empty) and its {@code token} member. */
    record JsonObject(TokenMember token) implements RequestBody {
        public JsonObject {
            Objects.requireNonNull(token, "token");
        }
    }

    /** The {@code token} member of a JSON object body. */
    sealed interface TokenMember {
    }

    record NoToken() implements TokenMember {
    }

    /** Present but not a JSON string (number, null, object, …). */
    record TokenNotAString() implements TokenMember {
    }

    /** A JSON string; {@link #toString()} never shows it, since it may be the real token. */
    record TokenText(String value) implements TokenMember {
        public TokenText {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String toString() {
            return "TokenText[<redacted>]";
        }
    }
}
