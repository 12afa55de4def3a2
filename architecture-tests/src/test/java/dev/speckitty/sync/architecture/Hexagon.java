package dev.speckitty.sync.architecture;

/**
 * The package names of the hexagon, stated once. Adapter packages are named by their exact roots rather than
 * {@code ..fs..}-style patterns, so a core package that happens to be called {@code process} or {@code fs}
 * (a value about processes, say) is not mistaken for an adapter.
 */
final class Hexagon {
    static final String BASE = "dev.speckitty.sync";
    static final String CORE = BASE + ".core..";
    static final String SQLITE = BASE + ".sqlite..";
    static final String FS = BASE + ".fs..";
    static final String PROCESS = BASE + ".process..";
    static final String CLI = BASE + ".cli..";
    static final String CLI_OUTPUT = BASE + ".cli.output..";
    static final String MAIN = BASE + ".cli.Main";

    private Hexagon() {
    }
}
