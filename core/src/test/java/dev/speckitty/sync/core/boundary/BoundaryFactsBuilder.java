package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test builder: starts from a coherent, authenticated foreground with no daemon and empty queues. */
final class BoundaryFactsBuilder {
    static final Path ROOT = Path.of("/r");
    static final Path OWNER_PATH = ROOT.resolve("sync/daemon/owner.json");
    static final Path LEGACY = ROOT.resolve("queue.db");
    static final Path SCOPED = ROOT.resolve("queues/queue-8b85169673aa98b5.db");
    static final String SCOPE = "https://spec-kitty-dev.fly.dev|alice@example.com|team-1";

    private boolean saas;
    private boolean authenticated = true;
    private OwnerRecordFacts owner = OwnerRecordFacts.absent(OWNER_PATH);
    private final List<FieldMismatch> mismatches = new ArrayList<>();
    private Optional<RecordedDaemon> daemon = Optional.empty();
    private Optional<QueueInspection> legacy = Optional.of(QueueInspection.missing(LEGACY));
    private Optional<QueueInspection> scoped = Optional.of(QueueInspection.missing(SCOPED));
    private Optional<String> stranded = Optional.empty();
    private final List<Integer> ports = new ArrayList<>();
    private Optional<String> scan = Optional.empty();

    static BoundaryFactsBuilder facts() {
        return new BoundaryFactsBuilder();
    }

    static OwnerRecordFields record(long pid, int port) {
        return new OwnerRecordFields(pid, port, "3.2.2", "/a/lib/spec-kitty-sync.jar", "/a",
                "https://spec-kitty-dev.fly.dev", "alice@example.com", "team-1", SCOPE, SCOPED.toString(),
                "2026-05-17T16:42:00+00:00");
    }

    BoundaryFactsBuilder saas(boolean enabled) {
        this.saas = enabled;
        return this;
    }

    BoundaryFactsBuilder unauthenticated() {
        this.authenticated = false;
        this.scoped = Optional.empty();
        return this;
    }

    BoundaryFactsBuilder owner(OwnerRecordFacts facts) {
        this.owner = facts;
        return this;
    }

    BoundaryFactsBuilder mismatch(ComparedField field, String foreground, String daemon) {
        mismatches.add(new FieldMismatch(field, foreground, daemon));
        return this;
    }

    BoundaryFactsBuilder daemon(RecordedDaemon recorded) {
        this.daemon = Optional.of(recorded);
        return this;
    }

    BoundaryFactsBuilder legacy(QueueInspection inspection) {
        this.legacy = Optional.of(inspection);
        return this;
    }

    BoundaryFactsBuilder noQueues() {
        this.legacy = Optional.empty();
        this.scoped = Optional.empty();
        return this;
    }

    BoundaryFactsBuilder scoped(QueueInspection inspection) {
        this.scoped = Optional.of(inspection);
        return this;
    }

    BoundaryFactsBuilder stranded(String slug) {
        this.stranded = Optional.of(slug);
        return this;
    }

    BoundaryFactsBuilder livePorts(Integer... livePorts) {
        ports.addAll(List.of(livePorts));
        return this;
    }

    BoundaryFactsBuilder scanFailed(String diagnostic) {
        this.scan = Optional.of(diagnostic);
        return this;
    }

    ForegroundIdentity foreground() {
        return new ForegroundIdentity("3.2.4", "/b/lib/spec-kitty-sync.jar", "/b", "https://spec-kitty-dev.fly.dev",
                authenticated ? "alice@example.com" : null, authenticated ? "team-1" : null,
                authenticated ? SCOPE : null, authenticated ? SCOPED.toString() : LEGACY.toString());
    }

    BoundaryFacts build() {
        return new BoundaryFacts(ROOT, saas, foreground(), authenticated, owner, mismatches, daemon, legacy, scoped,
                stranded, ports, scan);
    }
}
