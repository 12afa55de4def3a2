package dev.speckitty.sync.core.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What every {@link CheckExecutable} does; subclassed for the fake and for the file adapter. */
public abstract class CheckExecutableContract {

    protected abstract CheckExecutable checker();

    protected abstract String existingFile() throws Exception;

    protected abstract String missingFile() throws Exception;

    /** A path whose attributes cannot be read for a reason other than not-found. */
    protected abstract String uncheckablePath() throws Exception;

    @Test
    void anExistingFileIsPresent() throws Exception {
        assertEquals(ExecutableStatus.PRESENT, checker().check(existingFile()));
    }

    @Test
    void aMissingFileIsMissing() throws Exception {
        assertEquals(ExecutableStatus.MISSING, checker().check(missingFile()));
    }

    @Test
    void anyOtherFailureIsUnverifiable() throws Exception {
        assertEquals(ExecutableStatus.UNVERIFIABLE, checker().check(uncheckablePath()));
    }

    @Test
    void aStringThatIsNoPathIsUnverifiable() {
        assertEquals(ExecutableStatus.UNVERIFIABLE, checker().check("/opt/sk/lib/a\0b.jar"));
    }
}
