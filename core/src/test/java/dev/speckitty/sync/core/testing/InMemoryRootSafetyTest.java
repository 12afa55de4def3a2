package dev.speckitty.sync.core.testing;

import dev.speckitty.sync.core.root.InspectRootSafety;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

class InMemoryRootSafetyTest extends InspectRootSafetyContract {
    private static final long OWNER = 1000;
    private final List<Consumer<InMemoryRootSafety>> arrangements = new ArrayList<>();

    @Override
    protected InspectRootSafety inspectorForUid(long realUid) {
        InMemoryRootSafety fake = new InMemoryRootSafety(realUid);
        arrangements.forEach(a -> a.accept(fake));
        return fake;
    }

    @Override
    protected long ownerOfNewDirectories() {
        return OWNER;
    }

    @Override
    protected void makeDirectory(Path directory, int permissionBits) {
        arrangements.add(fake -> fake.directory(directory, OWNER, permissionBits));
    }

    @Override
    protected void makeSymbolicLink(Path link, Path target) {
        arrangements.add(fake -> fake.symbolicLink(link, target));
    }
}
