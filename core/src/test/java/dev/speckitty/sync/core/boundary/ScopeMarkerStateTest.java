package dev.speckitty.sync.core.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.identity.Scope;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScopeMarkerStateTest {
    private static final Optional<Scope> SCOPE = Optional.of(new Scope("https://s|a@b.c|t"));

    @Test
    void classifiesTheMarker() {
        assertEquals(ScopeMarkerState.ABSENT, ScopeMarkerState.classify(false, Optional.empty(), SCOPE));
        assertEquals(ScopeMarkerState.MATCHES, ScopeMarkerState.classify(true, Optional.of(" https://s|a@b.c|t\n"),
                SCOPE));
        assertEquals(ScopeMarkerState.STALE, ScopeMarkerState.classify(true, Optional.of("https://s|x@b.c|t"), SCOPE));
        assertEquals(ScopeMarkerState.STALE, ScopeMarkerState.classify(true, Optional.empty(), SCOPE));
        assertEquals(ScopeMarkerState.STALE, ScopeMarkerState.classify(true, Optional.of("https://s|a@b.c|t"),
                Optional.empty()));
        assertEquals("matches", ScopeMarkerState.MATCHES.wireName());
    }
}
