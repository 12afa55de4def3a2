package dev.speckitty.sync.cli.support;

import dev.speckitty.sync.cli.SpecKittyCli;
import dev.speckitty.sync.cli.install.InstallationLocator;
import dev.speckitty.sync.cli.output.StreamOperatorLog;
import dev.speckitty.sync.core.root.RootRefusal;
import dev.speckitty.sync.core.cleanup.FindLiveOrphans;
import dev.speckitty.sync.core.cleanup.SweepResult;
import dev.speckitty.sync.core.daemon.ExecutableStatus;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.ForegroundIdentity;
import dev.speckitty.sync.core.identity.Installation;
import dev.speckitty.sync.core.identity.ResolvedIdentity;
import dev.speckitty.sync.core.setupplan.ProjectConfig;
import dev.speckitty.sync.core.testing.DaemonWorld;
import dev.speckitty.sync.core.testing.FakeClock;
import dev.speckitty.sync.core.testing.FakeListenerPids;
import dev.speckitty.sync.core.testing.FakeProbeLoopback;
import dev.speckitty.sync.core.testing.FakeProcessTable;
import dev.speckitty.sync.core.testing.FakeSignals;
import dev.speckitty.sync.core.testing.InMemoryLockFiles;
import dev.speckitty.sync.core.testing.InMemoryQueueDatabases;
import dev.speckitty.sync.core.testing.SetupPlanProjectTree;
import dev.speckitty.sync.core.testing.TempRoots;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs the CLI in-process against fakes: a root under a temp directory, an installation at
 * {@code <temp>/install/lib/spec-kitty-sync.jar}, and captured UTF-8 streams.
 */
public final class CliHarness {

    public static final String VERSION = "3.2.4";
    /** The instant the fake clock shows unless a test asks for another. */
    public static final String DEFAULT_CLOCK = "2026-05-17T16:42:00.123456Z";

    private final FakeAdapterModule adapters;
    private final Path home;
    private final Path root;
    private final Path install;
    private Environment environment;
    private Path workingDirectory;

    public CliHarness(Path temp) {
        this(temp, DEFAULT_CLOCK);
    }

    /** A harness whose fake clock starts at {@code clockInstant} (ISO-8601). */
    public CliHarness(Path temp, String clockInstant) {
        this.adapters = new FakeAdapterModule(FakeClock.at(clockInstant));
        this.home = temp.resolve("home");
        this.root = temp.resolve("root");
        this.install = temp.resolve("install");
        this.environment = TempRoots.environment(home, root).with(Environment.CLI_VERSION, VERSION);
        this.workingDirectory = temp;
    }

    public Path root() {
        return root;
    }

    public Path install() {
        return install;
    }

    public FakeInspectQueues queues() {
        return adapters.queues;
    }

    public FakeMigrateLegacyQueue migration() {
        return adapters.migration;
    }

    /** The in-memory project tree the setup-plan fakes read and write. */
    public SetupPlanProjectTree projectTree() {
        return adapters.projectTree;
    }

    /** What {@code <project>/.kittify/config.yaml} means to the setup-plan fakes. */
    public CliHarness projectConfig(Path projectRoot, ProjectConfig config) {
        adapters.projectConfigs.put(projectRoot, config);
        return this;
    }

    /** The in-memory scoped and legacy queue DBs (setup-plan fakes; the queue locator migrates through them). */
    public InMemoryQueueDatabases queueDatabases() {
        return adapters.queueDatabases;
    }

    public InMemoryLockFiles locks() {
        return adapters.locks;
    }

    /** The processes of the root's daemon world (the simulated daemons run in it too). */
    public FakeProcessTable processes() {
        return adapters.daemonWorld(root).processes;
    }

    public FakeSignals signals() {
        return adapters.daemonWorld(root).signals;
    }

    /**
     * Health answers of listeners the test places itself; from the first call of this or {@link #listenerPids()} on,
     * loopback and listener pids answer from these fakes instead of the simulated daemons of {@link #daemons()}.
     */
    public FakeProbeLoopback loopback() {
        return adapters.handSetListeners().loopback();
    }

    /** Listener pids the test places itself; see {@link #loopback()}. */
    public FakeListenerPids listenerPids() {
        return adapters.handSetListeners().listenerPids();
    }

    public int identityResolutions() {
        return adapters.identityResolutions;
    }

    public CliHarness identity(Function<Path, ResolvedIdentity> identity) {
        adapters.identity = identity;
        return this;
    }

    public CliHarness rootSafety(Function<Path, Optional<RootRefusal>> check) {
        adapters.rootSafety = check;
        return this;
    }

    public CliHarness environment(Environment replacement) {
        this.environment = replacement;
        return this;
    }

    public Environment environment() {
        return environment;
    }

    public CliHarness workingDirectory(Path directory) {
        this.workingDirectory = directory;
        return this;
    }

    /**
     * The simulated daemons of this root (core test-jar): state file, owner records, processes, loopback. Daemons the
     * CLI launches report the identity this CLI has, so a second start reuses them.
     */
    public DaemonWorld daemons() {
        DaemonWorld world = adapters.daemonWorld(root);
        world.daemons.launchedIdentity(launch -> foreground());
        world.executables.mark(foreground().executablePath(), ExecutableStatus.PRESENT);
        return world;
    }

    /** The foreground identity of daemon.md §2 this harness's CLI computes. */
    public ForegroundIdentity foreground() {
        Installation installation = locator().locate(environment);
        return ForegroundIdentity.of(installation, adapters.identity.apply(root));
    }

    /** Roots the startup reaper was called with, in order. */
    public List<Path> reaps() {
        return List.copyOf(adapters.reaps);
    }

    public CliHarness reapResult(SweepResult result) {
        adapters.reapResult = result;
        return this;
    }

    /** What the reports' live scan finds from now on, instead of scanning the fakes. */
    public CliHarness liveOrphans(FindLiveOrphans.LiveOrphanScan scan) {
        adapters.liveOrphans = scan;
        return this;
    }

    private InstallationLocator locator() {
        return new InstallationLocator(install.resolve("lib").resolve("spec-kitty-sync.jar"), Optional.of(VERSION),
                workingDirectory);
    }

    public CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SpecKittyCli cli = new SpecKittyCli(
                context -> DaggerTestCliComponent.factory().create(context, adapters),
                StreamOperatorLog::new,
                locator());
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = cli.execute(args, environment, workingDirectory, outStream, errStream);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
