package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.port.LockName;
import dev.speckitty.sync.core.port.LockUnavailableException;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What every {@link OwnerRecords} does; subclassed for the in-memory fake and for the file adapter. */
public abstract class OwnerRecordsContract {

    protected abstract OwnerRecords records();

    /** The root, which may not exist yet. */
    protected abstract Path root() throws Exception;

    /** The locks the records were built with. */
    protected abstract InMemoryLockFiles locks();

    /** An existing directory whose absolute path is already canonical. */
    protected abstract Path canonicalDirectory() throws Exception;

    /** Puts an owner.json under the root that is not JSON at all. */
    protected abstract void plantNotJson(Path root) throws Exception;

    private OwnerRecord record(long pid, int port) throws Exception {
        return new OwnerRecord("alice@example.com", "https://spec-kitty-dev.fly.dev|alice@example.com|team-1", "team-1",
                canonicalDirectory().resolve("lib/spec-kitty-sync.jar").toString(), "3.2.4", pid, port,
                root().resolve("queues/queue-8b85169673aa98b5.db").toString(), "https://spec-kitty-dev.fly.dev",
                canonicalDirectory().toString(), "2026-05-17T16:42:00+00:00",
                new ControlToken("3f9a0c5e8d7b6a5f4e3d2c1b0a998877"));
    }

    @Test
    void noFileReadsAsAbsent() throws Exception {
        assertInstanceOf(OwnerRecordReading.Absent.class, records().read(root()));
    }

    @Test
    void aWrittenRecordReadsBackEqual() throws Exception {
        OwnerRecord record = record(4242, 9400);
        records().write(root(), record);
        assertEquals(new OwnerRecordReading.Found(record), records().read(root()));
        assertFalse(locks().isHeld(root(), LockName.SYNC_OWNER));
    }

    @Test
    void aWriteReplacesThePreviousRecord() throws Exception {
        records().write(root(), record(4242, 9400));
        OwnerRecord unauthenticated = new OwnerRecord(null, null, null, record(1, 9401).executablePath(), "3.2.5", 4343, 9401,
                root().resolve("queue.db").toString(), "https://spec-kitty-dev.fly.dev", canonicalDirectory().toString(),
                "2026-05-18T08:00:00+00:00", new ControlToken("00000000000000000000000000000000"));
        records().write(root(), unauthenticated);
        assertEquals(new OwnerRecordReading.Found(unauthenticated), records().read(root()));
    }

    @Test
    void compareAndDeleteRemovesOnlyTheNamedRecord() throws Exception {
        records().write(root(), record(4242, 9400));
        assertFalse(records().removeIfNames(root(), 4242, 9401));
        assertFalse(records().removeIfNames(root(), 4243, 9400));
        assertInstanceOf(OwnerRecordReading.Found.class, records().read(root()));
        assertTrue(records().removeIfNames(root(), 4242, 9400));
        assertInstanceOf(OwnerRecordReading.Absent.class, records().read(root()));
        assertFalse(records().removeIfNames(root(), 4242, 9400));
    }

    @Test
    void anUnparseableFileIsUnreadableAndCanBeRemoved() throws Exception {
        plantNotJson(root());
        OwnerRecordReading.Unreadable unreadable = assertInstanceOf(OwnerRecordReading.Unreadable.class, records().read(root()));
        assertEquals(OwnerRecordReading.Reason.INVALID_JSON, unreadable.reason());
        assertEquals(OwnerRecords.ownerRecordPath(root()), unreadable.path());
        assertFalse(records().removeIfNames(root(), 4242, 9400));
        assertTrue(records().removeIf(root(), reading -> reading instanceof OwnerRecordReading.Unreadable));
        assertInstanceOf(OwnerRecordReading.Absent.class, records().read(root()));
    }

    @Test
    void nothingChangesWithoutTheOwnerLock() throws Exception {
        records().write(root(), record(4242, 9400));
        locks().holdElsewhere(root(), LockName.SYNC_OWNER);
        assertThrows(LockUnavailableException.class, () -> records().write(root(), record(4343, 9401)));
        assertThrows(LockUnavailableException.class, () -> records().removeIf(root(), reading -> true));
        assertEquals(new OwnerRecordReading.Found(record(4242, 9400)), records().read(root()));
    }
}
