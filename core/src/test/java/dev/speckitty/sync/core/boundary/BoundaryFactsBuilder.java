package dev.speckitty.sync.core.boundary;

import dev.speckitty.sync.core.daemon.ControlToken;
import dev.speckitty.sync.core.daemon.FieldMismatch;
import dev.speckitty.sync.core.daemon.HealthOwner;
import dev.speckitty.sync.core.daemon.HealthReport;
import dev.speckitty.sync.core.daemon.IdentityField;
import dev.speckitty.sync.core.daemon.OwnerRecord;
import dev.speckitty.sync.core.daemon.RecordedDaemon;
import dev.speckitty.sync.core.daemon.StateFile;
import dev.speckitty.sync.core.daemon.SyncActivity;
import dev.speckitty.sync.core.daemon.SyncPort;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.queue.QueueInspection;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

    static final ControlToken TOKEN = new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877");

    static OwnerRecord record(long pid, int port) {
        return new OwnerRecord("alice@example.com", SCOPE, "team-1", "/a/lib/spec-kitty-sync.jar", "3.2.2", pid, port,
                SCOPED.toString(), "https://spec-kitty-dev.fly.dev", "/a", "2026-05-17T16:42:00+00:00", TOKEN);
    }

    /** A recorded daemon whose probe passed; {@code ownerBlock} says whether health carries an owner object. */
    static RecordedDaemon healthy(Long pid, int port, boolean ownerBlock, String packageVersion) {
        HealthOwner owner = ownerBlock ? new HealthOwner(pid, (long) port, packageVersion, "/a/lib/spec-kitty-sync.jar",
                "/a", "https://spec-kitty-dev.fly.dev", "alice@example.com", "team-1", SCOPE, SCOPED.toString(),
                "2026-05-17T16:42:00+00:00") : null;
        return new RecordedDaemon(state(pid, port), Optional.of(new HealthReport("ok", "sync", false, ROOT.toString(),
                1L, packageVersion, new SyncActivity(false, null, 0L), "Offline", owner)));
    }

    /** A recorded daemon whose probe failed. */
    static RecordedDaemon unhealthy(Long pid, int port) {
        return new RecordedDaemon(state(pid, port), Optional.empty());
    }

    static StateFile state(Long pid, int port) {
        SyncPort syncPort = new SyncPort(port);
        return new StateFile(StateFile.loopbackUrl(syncPort), syncPort, Optional.of(TOKEN),
                pid == null ? OptionalLong.empty() : OptionalLong.of(pid));
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

    BoundaryFactsBuilder mismatch(IdentityField field, String foreground, String daemon) {
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
