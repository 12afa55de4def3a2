package dev.speckitty.sync.cli.daemon;

/**
 * The JVM-level hooks the daemon needs for termination signals (daemon.md §5.2). Production uses
 * {@link #ofThisJvm()}; in-process runs register nothing.
 */
public interface ProcessHooks {

    /** Runs {@code hook} when the JVM begins to shut down (SIGTERM, SIGINT, SIGHUP, or {@code System.exit}). */
    void onShutdown(Runnable hook);

    /** Ends the JVM at once with {@code status}, without running further hooks. */
    void halt(int status);

    /** The real JVM: a shutdown-hook thread and {@link Runtime#halt}. */
    static ProcessHooks ofThisJvm() {
        return new ProcessHooks() {
            @Override
            public void onShutdown(Runnable hook) {
                Runtime.getRuntime().addShutdownHook(new Thread(hook, "sync-daemon-termination"));
            }

            @Override
            public void halt(int status) {
                Runtime.getRuntime().halt(status);
            }
        };
    }

    /** For a daemon run in-process (tests, embedders): no JVM hooks, no halt. */
    static ProcessHooks none() {
        return new ProcessHooks() {
            @Override
            public void onShutdown(Runnable hook) {
                // an in-process run is stopped through its control plane, never by a JVM signal
            }

            @Override
            public void halt(int status) {
                throw new IllegalStateException("an in-process daemon never halts the JVM");
            }
        };
    }
}
