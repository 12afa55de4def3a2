package dev.speckitty.sync.cli.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One spec-kitty root under a test's {@code @TempDir}, filled from the Python fixtures (always copies), plus
 * the jar runs against it. Every run is checked for the rules that hold for every command (cli.md §1.6–§1.8,
 * §1.11): no Java stack trace, no secret, no ANSI escape, and with {@code --json} exactly one strict JSON object
 * on stdout while stderr carries only log lines and the {@code Error:} lines of cli.md §1.6.
 */
final class E2eRoot {

    /** Credentials token values: recognisable, so a leak into any stream is caught. */
    static final String ACCESS_SECRET = "e2e-access-9f8e7d6c5b4a-NEVER-PRINT";
    static final String REFRESH_SECRET = "e2e-refresh-1a2b3c4d5e6f-NEVER-PRINT";
    static final String SERVER = "https://spec-kitty-dev.fly.dev";
    static final String SCOPE = SERVER + "|alice@example.com|team-1";
    /** MANIFEST.md §5: queue- + first 16 hex of sha256(SCOPE) + .db. */
    static final String SCOPED_FILE = "queue-8b85169673aa98b5.db";
    /** A single loopback port for the live scan (cli.md §2), so daemons of other test runs stay out of view. */
    static final String PORT_RANGE = "9449-9449";

    static final String CREDENTIALS = """
            [user]
            username = "alice@example.com"
            team_slug = "team-1"

            [server]
            url = "https://spec-kitty-dev.fly.dev"

            [tokens]
            access = "%s"
            refresh = "%s"
            access_expires_at = "2026-05-17T18:00:00+00:00"
            refresh_expires_at = "2026-06-17T16:00:00+00:00"
            """.formatted(ACCESS_SECRET, REFRESH_SECRET);

    private static final Gson GSON = new Gson();

    private final Path temp;
    private final Path root;
    private final Map<String, String> environment;

    private E2eRoot(Path temp) {
        this.temp = temp;
        this.root = temp.resolve("root");
        this.environment = JarProcess.isolatedEnvironment(temp);
        this.environment.put("SPEC_KITTY_SYNC_PORT_RANGE", PORT_RANGE);
    }

    /** A fresh root {@code <temp>/root} (0700) and an empty HOME beside it. */
    static E2eRoot create(Path temp) {
        E2eRoot created = new E2eRoot(temp);
        try {
            Files.createDirectories(temp.resolve("home"));
            Files.createDirectories(created.root);
            Files.setPosixFilePermissions(created.root, PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    Path root() {
        return root;
    }

    Path legacy() {
        return root.resolve("queue.db");
    }

    Path queuesDirectory() {
        return root.resolve("queues");
    }

    Path scoped() {
        return queuesDirectory().resolve(SCOPED_FILE);
    }

    Path migrationLock() {
        return root.resolve("queue-migration.lock");
    }

    Path session() {
        return root.resolve("auth").resolve("session.json");
    }

    Map<String, String> environment() {
        return environment;
    }

    E2eRoot withCredentials() {
        return write("credentials", CREDENTIALS);
    }

    E2eRoot write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    E2eRoot writeBytes(String relative, byte[] content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.write(file, content);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fixture copied to {@code <R>/queue.db}, 0600. */
    E2eRoot withLegacy(String fixture) {
        copyFixture(fixture, legacy());
        return this;
    }

    /** The fixture copied to the scoped file of {@link #SCOPE}, in a 0700 {@code queues/}. */
    E2eRoot withScoped(String fixture) {
        try {
            Files.createDirectories(queuesDirectory());
            Files.setPosixFilePermissions(queuesDirectory(), PosixFilePermissions.fromString("rwx------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        copyFixture(fixture, scoped());
        return this;
    }

    static void copyFixture(String fixture, Path target) {
        try {
            Files.createDirectories(target.getParent());
            Files.copy(fixture(fixture), target, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] fixtureBytes(String fixture) {
        try {
            return Files.readAllBytes(fixture(fixture));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A fixture of {@code shared/fixtures}: the failsafe property {@code spec-kitty.fixtures} when it names the
     * directory, else the nearest {@code shared/fixtures} above the working directory (in a git worktree the
     * property, built from the reactor directory, points one level too shallow).
     */
    static Path fixture(String name) {
        Path file = fixturesDirectory().resolve(name);
        assertTrue(Files.isRegularFile(file), "fixture missing: " + file);
        return file;
    }

    private static Path fixturesDirectory() {
        String configured = System.getProperty("spec-kitty.fixtures");
        if (configured != null && Files.isRegularFile(Path.of(configured).resolve("MANIFEST.md"))) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("fixtures");
            if (Files.isRegularFile(candidate.resolve("MANIFEST.md"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("shared/fixtures not found (spec-kitty.fixtures=" + configured + ")");
    }

    /** Runs the jar against this root and checks the rules every command obeys. */
    Run run(String... args) {
        return checked(args, JarProcess.runJar(environment, temp, args));
    }

    /** Like {@link #run} with a different environment (a variable added or removed). */
    Run run(Map<String, String> env, String... args) {
        return checked(args, JarProcess.runJar(env, temp, args));
    }

    /** Like {@link #run}, the child started under {@code umask}. */
    Run runUnderUmask(String umask, String... args) {
        return checked(args, JarProcess.runJarUnderUmask(umask, environment, temp, args));
    }

    private static Run checked(String[] args, JarProcess.Result result) {
        Run run = new Run(List.of(args), result.exitCode(), result.stdout(), result.stderr());
        String streams = run.stdout() + run.stderr();
        for (String secret : List.of(ACCESS_SECRET, REFRESH_SECRET, "9f8e7d6c5b4a", "1a2b3c4d5e6f")) {
            assertFalse(streams.contains(secret), () -> "a credentials token leaked: " + run);
        }
        assertFalse(streams.contains("\u001b"), () -> "ANSI escape in output: " + run);
        for (String line : run.stderrLines()) {
            assertFalse(line.startsWith("\tat ") || line.contains("Exception in thread") || line.startsWith("Caused by:"),
                    () -> "a Java stack trace on stderr: " + run);
        }
        assertFalse(run.stdout().contains("\tat "), () -> "a Java stack trace on stdout: " + run);
        if (run.args().contains("--json")) {
            JsonObject document = run.json();
            if (document.has("error_code")) {
                assertTrue(document.has("error") && document.get("error").isJsonPrimitive(),
                        () -> "an error document needs error_code and error: " + run);
            }
            for (String line : run.stderrLines()) {
                assertTrue(line.matches("\\[(DEBUG|INFO|WARN|ERROR)] .*") || line.startsWith("Error: ")
                        || line.startsWith("Run 'spec-kitty "), () -> "in --json mode stderr holds only log lines and"
                        + " Error: lines (cli.md §1.6), not '" + line + "': " + run);
            }
        }
        return run;
    }

    /** The result of one jar run. */
    record Run(List<String> args, int exitCode, String stdout, String stderr) {

        List<String> stderrLines() {
            return stderr.lines().toList();
        }

        List<String> stdoutLines() {
            return stdout.lines().toList();
        }

        /** stdout as exactly one JSON object, parsed strictly (on-disk.md §1.6), followed by one newline. */
        JsonObject json() {
            assertTrue(stdout.endsWith("}\n") && !stdout.endsWith("\n\n"),
                    () -> "one JSON object followed by \\n expected on stdout: " + this);
            try (JsonReader reader = new JsonReader(new StringReader(stdout))) {
                reader.setStrictness(Strictness.STRICT);
                JsonElement element = GSON.getAdapter(JsonElement.class).read(reader);
                assertEquals(JsonToken.END_DOCUMENT, reader.peek(), () -> "trailing data after the JSON document: " + this);
                assertTrue(element.isJsonObject(), () -> "the JSON document is an object: " + this);
                return element.getAsJsonObject();
            } catch (IOException | RuntimeException e) {
                return fail("stdout is not one strict JSON document (" + e + "): " + this);
            }
        }

        @Override
        public String toString() {
            return "spec-kitty " + String.join(" ", args) + " -> exit " + exitCode + "\n--- stdout ---\n" + stdout
                    + "--- stderr ---\n" + stderr;
        }
    }

    /**
     * Every file and directory under {@code dir}: relative path to kind, POSIX mode and, for files, the SHA-256
     * of the content. Two equal snapshots mean nothing was created, deleted, changed or chmod-ed.
     */
    static Map<String, String> snapshot(Path dir) {
        Map<String, String> tree = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
                tree.put(dir.relativize(path).toString(), Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                        ? "dir " + mode : "file " + mode + " " + sha256(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tree;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
