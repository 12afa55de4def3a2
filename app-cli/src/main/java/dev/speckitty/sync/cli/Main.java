package dev.speckitty.sync.cli;

import dev.speckitty.sync.cli.daemon.DaemonRunner;
import dev.speckitty.sync.cli.daemon.ProcessHooks;
import dev.speckitty.sync.cli.install.InstallationLocator;
import dev.speckitty.sync.cli.logging.TinylogOperatorLog;
import dev.speckitty.sync.cli.wiring.CliComponent;
import dev.speckitty.sync.core.env.Environment;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process entry: the only class that reads the process environment. It builds the {@link Environment}, the
 * working directory and UTF-8 stdout/stderr (whatever the locale), then runs {@link SpecKittyCli}.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)), false,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out); // libraries that print (none should) stay UTF-8 too
        System.setErr(err); // tinylog's console writer writes here
        Path workingDirectory = Path.of("").toAbsolutePath();
        InstallationLocator installations = InstallationLocator.forClass(Main.class, workingDirectory);
        int exitCode = new SpecKittyCli(CliComponent::create, (output, debug) -> TinylogOperatorLog.configure(debug),
                installations, new DaemonRunner(installations, System.in, ProcessHooks.ofThisJvm()))
                .execute(args, Environment.of(System.getenv()), workingDirectory, out, err);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
