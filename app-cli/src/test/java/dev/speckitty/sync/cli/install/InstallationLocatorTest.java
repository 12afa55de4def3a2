package dev.speckitty.sync.cli.install;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** daemon.md §2, on-disk.md §1.5, clarifications #17. */
class InstallationLocatorTest {

    @TempDir
    Path temp;
    private Path real;

    @BeforeEach
    void setUp() throws IOException {
        real = temp.toRealPath();
    }

    private static Environment env(Map<String, String> variables) {
        return Environment.of(variables);
    }

    @Test
    void packageVersionPrefersTheOverrideThenTheManifest() {
        InstallationLocator withManifest = new InstallationLocator(real.resolve("x.jar"), Optional.of("3.2.4"), real);
        InstallationLocator withoutManifest = new InstallationLocator(real.resolve("x.jar"), Optional.of(" "), real);
        assertEquals("3.2.4", withManifest.packageVersion(env(Map.of())));
        assertEquals("4.0.0", withManifest.packageVersion(env(Map.of(Environment.CLI_VERSION, " 4.0.0\n"))));
        assertEquals("3.2.4", withManifest.packageVersion(env(Map.of(Environment.CLI_VERSION, "   "))));
        assertEquals("unknown", withoutManifest.packageVersion(env(Map.of())));
    }

    @Test
    void distributionLayoutGivesTheInstallRoot() throws IOException {
        Path jar = Files.createDirectories(real.resolve("opt/sk/lib")).resolve("spec-kitty-sync.jar");
        Files.writeString(jar, "jar");
        Installation installation = new InstallationLocator(jar, Optional.empty(), real).locate(env(Map.of()));
        assertEquals(jar, installation.executablePath());
        assertEquals(real.resolve("opt/sk"), installation.sourceCheckoutPath());
        assertEquals("unknown", installation.packageVersion());
    }

    @Test
    void theNearestGitEntryAboveTheJarIsTheCheckout() throws IOException {
        Path checkout = Files.createDirectories(real.resolve("src/repo"));
        Files.writeString(checkout.resolve(".git"), "gitdir: /elsewhere\n"); // a worktree's .git is a file
        Path jar = Files.createDirectories(checkout.resolve("app-cli/target")).resolve("spec-kitty-sync.jar");
        Files.writeString(jar, "jar");
        assertEquals(checkout, new InstallationLocator(jar, Optional.empty(), real).locate(env(Map.of()))
                .sourceCheckoutPath());
    }

    @Test
    void symlinksAreResolvedBeforeLookingForTheCheckout() throws IOException {
        Path jar = Files.createDirectories(real.resolve("install/lib")).resolve("spec-kitty-sync.jar");
        Files.writeString(jar, "jar");
        Path link = Files.createSymbolicLink(Files.createDirectories(real.resolve("bin")).resolve("current.jar"), jar);
        Installation installation = new InstallationLocator(link, Optional.empty(), real).locate(env(Map.of()));
        assertEquals(jar, installation.executablePath());
        assertEquals(real.resolve("install"), installation.sourceCheckoutPath());
    }

    @Test
    void canonicalPathResolvesTheExistingPrefixAndKeepsTheMissingRest() throws IOException {
        Path target = Files.createDirectories(real.resolve("target"));
        Files.createSymbolicLink(real.resolve("link"), target);
        assertEquals(target.resolve("missing/child"),
                InstallationLocator.canonical(Path.of("link/./x/../missing/child"), real));
        assertEquals(real.resolve("no/such/path"), InstallationLocator.canonical(real.resolve("no/such/path"), real));
        Files.createSymbolicLink(real.resolve("dangling"), real.resolve("nowhere"));
        assertEquals(real.resolve("dangling/child"), InstallationLocator.canonical(real.resolve("dangling/child"), real));
    }
}
