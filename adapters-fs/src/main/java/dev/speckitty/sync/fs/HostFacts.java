package dev.speckitty.sync.fs;

/**
 * Facts about the machine and user that some files depend on: the session key password {@code "<hostname>:<uid>"}
 * (on-disk.md §5.4), clock.json's node id (§9) and root ownership (clarifications #30). An interface so tests
 * can fix them.
 */
public interface HostFacts {

    /** The kernel node name ({@code uname -n}); on Linux the trimmed {@code /proc/sys/kernel/hostname}. */
    String hostname();

    /** The real numeric user id of this process. */
    long realUid();

    /** The facts of this process and machine, read once per process. */
    static HostFacts system() {
        return SystemHostFacts.INSTANCE;
    }

    /** Fixed facts, for tests and for tools that must pretend to be another host. */
    static HostFacts fixed(String hostname, long realUid) {
        return new FixedHostFacts(hostname, realUid);
    }
}
