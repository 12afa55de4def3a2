package dev.speckitty.sync.cli.wiring;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The absolute working directory of the invocation. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface WorkingDirectory {
}
