package dev.speckitty.sync.cli.wiring;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The resolved spec-kitty root {@code <R>} (on-disk.md §2.1): absolute, lexically normalised. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface Root {
}
