package dev.speckitty.sync.cli.output;

/** What one outcome prints: the whole stdout text and the whole stderr text (each empty or ending in {@code \n}). */
record Rendering(String stdout, String stderr) {

    static Rendering stdout(String text) {
        return new Rendering(text, "");
    }

    static Rendering stderr(String text) {
        return new Rendering("", text);
    }
}
