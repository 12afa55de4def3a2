package dev.speckitty.sync.cli.live;

import com.google.gson.JsonObject;
import dev.speckitty.sync.cli.SpecKittyCli;
import dev.speckitty.sync.cli.install.InstallationLocator;
import dev.speckitty.sync.cli.output.StreamOperatorLog;
import dev.speckitty.sync.cli.support.CliRun;
import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.testing.TempRoots;
import dev.speckitty.sync.process.LiveBand;
import dev.speckitty.sync.process.StubSyncDaemon;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The CLI in-process with every real adapter (files, locks, /proc, sockets, signals) on a temporary root, SaaS sync
 * enabled, legacy credentials for alice, ports narrowed to this helper's band, and daemons spawned from
 * {@link StubSyncDaemon}, told to report the foreground identity this CLI computes. {@link #close()} ends every
 * daemon the tests started (by the pids they reported, and only if still ours).
 */
final class LiveCli implements AutoCloseable {
    static final String VERSION = "3.2.4";
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Path root;
    private final Path install;
    private final Path workingDirectory;
    private Environment environment;
    private final List<Long> started = new ArrayList<>();

    LiveCli(Path temp) throws IOException {
        Path real = temp.toRealPath();
        this.root = Files.createDirectory(real.resolve("root"));
        this.install = real.resolve("install");
        this.workingDirectory = real;
        Files.createDirectories(install.resolve("lib"));
        Files.writeString(install.resolve("lib").resolve("spec-kitty-sync.jar"), "stand-in for the jar\n");
        Files.writeString(root.resolve("credentials"), "[user]\nusername = \"alice@example.com\"\n"
                + "team_slug = \"team-1\"\n\n[server]\nurl = \"https://spec-kitty-dev.fly.dev\"\n");
        this.environment = TempRoots.environment(real.resolve("home"), root)
                .with(Environment.CLI_VERSION, VERSION)
                .with(Environment.ENABLE_SAAS_SYNC, "1")
                .with(Environment.SYNC_PORT_RANGE, LiveBand.RANGE)
                .with(Environment.IDLE_RETIREMENT_SECONDS, "60")
                .with("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        JsonObject foreground = run("sync", "status", "--json").json().getAsJsonObject("foreground");
        this.environment = environment
                .with(StubSyncDaemon.CHECKOUT, foreground.get("source_checkout_path").getAsString())
                .with(StubSyncDaemon.AUTH_PRINCIPAL, foreground.get("auth_principal").getAsString())
                .with(StubSyncDaemon.AUTH_TEAM, foreground.get("auth_team").getAsString())
                .with(StubSyncDaemon.AUTH_SCOPE, foreground.get("auth_scope").getAsString())
                .with(StubSyncDaemon.QUEUE_DB_PATH, foreground.get("queue_db_path").getAsString());
    }

    Path root() {
        return root;
    }

    LiveCli with(String variable, String value) {
        environment = environment.with(variable, value);
        return this;
    }

    /** Remembers a daemon pid a command reported, so {@link #close()} can end it if a test did not. */
    long track(long pid) {
        started.add(pid);
        return pid;
    }

    CliRun run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SpecKittyCli cli = new SpecKittyCli(context -> DaggerLiveCliComponent.factory().create(context),
                StreamOperatorLog::new, new InstallationLocator(install.resolve("lib").resolve("spec-kitty-sync.jar"),
                Optional.of(VERSION), workingDirectory));
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = cli.execute(args, environment, workingDirectory, outStream, errStream);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Whether the process is gone (exited and reaped, or a zombie). */
    static boolean gone(long pid) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return true;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException exited) {
            return true;
        }
    }

    /** Whether the pid runs a stub daemon of this root (so it is one this test started). */
    boolean ours(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
            return cmdline.contains(StubSyncDaemon.class.getName()) && cmdline.contains("--spec-kitty-daemon-root=" + root);
        } catch (IOException exited) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (long pid : started) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && !gone(pid) && ours(pid)) {
                handle.get().destroyForcibly();
                handle.get().onExit().completeOnTimeout(null, STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
            }
        }
    }
}
