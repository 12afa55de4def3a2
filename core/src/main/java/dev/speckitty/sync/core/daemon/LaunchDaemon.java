package dev.speckitty.sync.core.daemon;

/**
 * Spawns the daemon process {@code spec-kitty sync daemon run} (daemon.md §4): argv in the Java spawn shape with
 * the root and executable markers and never the token, the spawner's environment plus
 * {@code SPEC_KITTY_CLI_VERSION} and {@code SPEC_KITTY_HOME}, working directory {@code <R>}, stdout and stderr
 * appended to {@code <R>/sync-daemon.log} (created 0600 first), and the token written to stdin followed by
 * {@code \n} before stdin is closed. It never waits for the child: the caller watches it (§3.2 step 6).
 */
public interface LaunchDaemon {

    /**
     * @throws DaemonLaunchException when the log file cannot be prepared or the process cannot be started; the
     *         message names the path or program and the error, never the token
     */
    LaunchedDaemon launch(DaemonLaunch launch) throws DaemonLaunchException;
}
