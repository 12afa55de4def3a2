package dev.speckitty.sync.cli.wiring;

import jakarta.inject.Scope;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** One component per invocation: what is resolved once per invocation (the identity) lives this long. */
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface InvocationScope {
}
