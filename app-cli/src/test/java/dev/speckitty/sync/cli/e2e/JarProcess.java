package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.speckitty.sync.core.testing.TempRoots;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the built jar (or the launcher) as a real process with an environment built explicitly: never the
 * operator's HOME and nothing inherited; a fixed system PATH for the launcher's tools (java is started by its
 * absolute path, or through JAVA_HOME).
 */
final class JarProcess {

    static final long TIMEOUT_SECONDS = 60;

    record Result(int exitCode, String stdout, String stderr) {
    }

    private JarProcess() {
    }

    static Path jar() {
        Path jar = Path.of(required("spec-kitty.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar must be built before the e2e tests: " + jar);
        return jar;
    }

    static Path launcher() {
        return Path.of(required("spec-kitty.launcher"));
    }

    static String version() {
        return required("spec-kitty.version");
    }

    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    static final String SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin";

    /** HOME and SPEC_KITTY_HOME under {@code temp}, plus a system PATH. */
    static Map<String, String> isolatedEnvironment(Path temp) {
        Map<String, String> env = new HashMap<>();
        TempRoots.environment(temp.resolve("home"), temp.resolve("root")).variables().forEach(env::put);
        env.put("PATH", SYSTEM_PATH);
        return env;
    }

    static Result runJar(Map<String, String> environment, Path workingDirectory, String... args) {
        List<String> command = new ArrayList<>(List.of(javaExecutable().toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(command, environment, workingDirectory);
    }

    /**
     * The jar started by {@code /bin/sh} after {@code umask <umask>}, to show that the modes the product sets do not
     * depend on the umask it inherits (on-disk.md §4.2).
     */
    static Result runJarUnderUmask(String umask, Map<String, String> environment, Path workingDirectory,
            String... args) {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$@\"", "sh",
                javaExecutable().toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        return run(command, environment, workingDirectory);
    }

    static Result run(List<String> command, Map<String, String> environment, Path workingDirectory) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        try {
            Path out = Files.createTempFile(workingDirectory, "stdout", ".txt");
            Path err = Files.createTempFile(workingDirectory, "stderr", ".txt");
            builder.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("timed out after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is set by failsafe (app-cli/pom.xml)");
        }
        return value;
    }
}
