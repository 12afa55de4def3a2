package dev.speckitty.sync.fs;

import java.util.Objects;

record FixedHostFacts(String hostname, long realUid) implements HostFacts {
    FixedHostFacts {
        Objects.requireNonNull(hostname, "hostname");
        if (realUid < 0) {
            throw new IllegalArgumentException("uid must not be negative");
        }
    }
}
