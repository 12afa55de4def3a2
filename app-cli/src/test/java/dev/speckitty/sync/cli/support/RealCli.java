package dev.speckitty.sync.cli.support;

import dev.speckitty.sync.cli.SpecKittyCli;
import dev.speckitty.sync.core.env.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the CLI in-process with the production wiring: every real adapter, on the paths the environment names. */
public final class RealCli {

    private RealCli() {
    }

    public static CliRun run(Environment environment, Path workingDirectory, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = SpecKittyCli.run(args, environment, workingDirectory, outStream, errStream);
        }
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
