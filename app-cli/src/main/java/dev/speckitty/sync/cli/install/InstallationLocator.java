package dev.speckitty.sync.cli.install;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.identity.Installation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Finds what this running program is (daemon.md §2): the package version, the canonical path of the jar (or
 * classes directory) holding the entry class, and the installation/checkout root above it.
 */
public final class InstallationLocator {

    static final String UNKNOWN_VERSION = "unknown";

    private final Path codeSource;
    private final Optional<String> manifestVersion;
    private final Path workingDirectory;

    /**
     * @param codeSource       where the entry class was loaded from (a jar or a classes directory)
     * @param manifestVersion  the {@code Implementation-Version} of the jar's manifest, if any
     * @param workingDirectory for making a relative code source absolute
     */
    public InstallationLocator(Path codeSource, Optional<String> manifestVersion, Path workingDirectory) {
        this.codeSource = codeSource;
        this.manifestVersion = manifestVersion.map(String::strip).filter(v -> !v.isEmpty());
        this.workingDirectory = workingDirectory;
    }

    /** The locator for the code that holds {@code entryClass}. */
    public static InstallationLocator forClass(Class<?> entryClass, Path workingDirectory) {
        URL location = entryClass.getProtectionDomain().getCodeSource().getLocation();
        try {
            return new InstallationLocator(Path.of(location.toURI()),
                    Optional.ofNullable(entryClass.getPackage().getImplementationVersion()), workingDirectory);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("code source is not a file: " + location, e);
        }
    }

    /** SPEC_KITTY_CLI_VERSION if non-blank, else the manifest version, else {@code unknown}. */
    public String packageVersion(Environment environment) {
        return environment.nonBlank(Environment.CLI_VERSION).or(() -> manifestVersion).orElse(UNKNOWN_VERSION);
    }

    public Installation locate(Environment environment) {
        Path executable = canonical(codeSource, workingDirectory);
        Path executableDirectory = executable.getParent() == null ? executable : executable.getParent();
        return new Installation(packageVersion(environment), executable, checkoutRoot(executableDirectory));
    }

    /**
     * The nearest directory from the executable's directory upwards that holds an entry named {@code .git}
     * (clarifications #17); else the parent of the executable's directory ({@code <install>} for
     * {@code <install>/lib/spec-kitty-sync.jar}).
     */
    private static Path checkoutRoot(Path executableDirectory) {
        for (Path dir = executableDirectory; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
                return dir;
            }
        }
        Path parent = executableDirectory.getParent();
        return parent == null ? executableDirectory : parent;
    }

    /**
     * Canonical path of on-disk.md §1.5: absolute and lexically normalised, symbolic links of the longest existing
     * prefix resolved, the missing remainder appended; on an I/O error the normalised absolute path.
     * (A private copy until the shared canonicaliser of adapters-fs is wired in.)
     */
    static Path canonical(Path path, Path workingDirectory) {
        Path absolute = workingDirectory.resolve(path).normalize();
        Deque<Path> missing = new ArrayDeque<>();
        Path prefix = absolute;
        while (prefix != null) {
            try {
                Path resolved = prefix.toRealPath();
                for (Path name : missing) {
                    resolved = resolved.resolve(name);
                }
                return resolved;
            } catch (NoSuchFileException e) {
                if (prefix.getFileName() == null) {
                    return absolute;
                }
                missing.addFirst(prefix.getFileName());
                prefix = prefix.getParent();
            } catch (IOException e) {
                return absolute;
            }
        }
        return absolute;
    }
}
