package dev.speckitty.sync.cli.command;

import dev.speckitty.sync.cli.wiring.Root;
import dev.speckitty.sync.core.boundary.InspectDaemon;
import dev.speckitty.sync.core.boundary.OwnerRecordFacts;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.daemon.lifecycle.RetireOrphanRecord;
import dev.speckitty.sync.core.daemon.lifecycle.RetireOutcome;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code spec-kitty doctor orphan-daemons [--retire]} (cli.md §10): the orphan or unreadable owner record and the
 * live orphan daemons. Without {@code --retire} it is read-only; with it, an orphan record is deleted only after the
 * re-check of §10.2. Never signals anything.
 */
public final class OrphanDaemonsCommand {
    private final InspectDaemon inspect;
    private final RetireOrphanRecord retire;
    private final FindLiveOrphans liveOrphans;
    private final Path root;

    @Inject
    public OrphanDaemonsCommand(InspectDaemon inspect, RetireOrphanRecord retire, FindLiveOrphans liveOrphans,
                                @Root Path root) {
        this.inspect = inspect;
        this.retire = retire;
        this.liveOrphans = liveOrphans;
        this.root = root;
    }

    public OrphanDaemons run(boolean retireRequested) {
        OwnerRecordFacts evaluated = inspect.ownerRecord(root);
        Optional<RetireOutcome> retirement = Optional.empty();
        OwnerRecordFacts after = evaluated;
        if (retireRequested && evaluated.isOrphan()) {
            retirement = Optional.of(retire.retire(evaluated.record().orElseThrow()));
            after = inspect.ownerRecord(root);
        }
        return new OrphanDaemons(after, retirement, liveOrphans.scan(root), root);
    }
}
