package dev.speckitty.sync.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.lang.ArchRule;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.RandomAccessFile;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The rules that keep core pure, each a factory over the package it guards. {@link CoreIsolationTest} applies
 * them to {@link Hexagon#CORE}; {@link RulesCatchViolationsTest} applies the same factories to a package of
 * deliberately bad classes to prove that they bite. Core rules never allow an empty subject: core always has
 * classes, and a rule that matched nothing would pass vacuously.
 */
final class CoreRules {
    private static final String PURE = "core is pure Java (contract README §6; helper brief 'Hexagon'; design.md "
            + "'Rules of the house': core rules are pure functions of values, use cases act through ports)";

    private CoreRules() {
    }

    static ArchRule dependsOnNoAdapter(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAnyPackage(Hexagon.SQLITE, Hexagon.FS, Hexagon.PROCESS,
                        Hexagon.CLI)
                .because("core depends on no adapter (contract README §6: 'core depends on no adapter'); "
                        + "adapters implement core ports, never the other way round");
    }

    static ArchRule dependsOnlyOnTheJdkAndItself(String scope) {
        return classes().that().resideInAPackage(scope)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", scope)
                .because(PURE + "; any library belongs in an adapter or in app-cli");
    }

    static ArchRule usesNoJdbc(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .because("contract README §6: core depends on no java.sql; the queue databases live behind ports "
                        + "implemented in adapters-sqlite");
    }

    static ArchRule usesNoFileStreams(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat(belongToAnyOf(java.io.File.class, FileInputStream.class,
                        FileOutputStream.class, RandomAccessFile.class, FileReader.class, FileWriter.class,
                        FileDescriptor.class))
                .because(PURE + ": no java.io.File or file streams; files are read and written by adapters-fs");
    }

    static ArchRule touchesNoFileSystem(String scope) {
        DescribedPredicate<JavaAccess<?>> realPath = Accesses.to(Path.class, "toRealPath", "register");
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat(type(Files.class))
                .orShould().accessTargetWhere(realPath)
                .because(PURE + ": java.nio.file.Path is a value, but java.nio.file.Files and Path.toRealPath "
                        + "touch the disk; that is adapters-fs's job");
    }

    static ArchRule usesNoChannels(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAPackage("java.nio.channels..")
                .because(PURE + ": channels (file locks, sockets) belong to adapters; locks go through the "
                        + "LockFiles port");
    }

    static ArchRule usesNoNetwork(String scope) {
        DescribedPredicate<com.tngtech.archunit.core.domain.JavaClass> network =
                resideInAnyPackage("java.net..", "javax.net..", "com.sun.net.httpserver..")
                        .and(not(belongToAnyOf(URI.class, URISyntaxException.class, URLEncoder.class,
                                URLDecoder.class)));
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat(
                        network.as("open sockets, speak HTTP or resolve names (java.net except URI and URL coding)"))
                .because(PURE + ": loopback probes, the health client and the control server are adapters-process "
                        + "(daemon.md); java.net.URI stays allowed as a value for server URLs");
    }

    static ArchRule usesNoLoggingLibrary(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat(resideInAnyPackage("org.tinylog..", "java.util.logging..",
                        "org.slf4j..", "org.apache.logging..", "org.apache.commons.logging..", "ch.qos.logback..")
                        .or(belongToAnyOf(System.Logger.class, System.LoggerFinder.class))
                        .as("belong to a logging library"))
                .because("contract README §6: core depends on no logging library; core reports through the "
                        + "OperatorLog port and app-cli owns tinylog");
    }

    static ArchRule usesNoDependencyInjection(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAnyPackage("dagger..", "javax.inject..", "jakarta.inject..")
                .because(PURE + ": no DI annotations in core; the Dagger component in app-cli binds ports to "
                        + "adapters through each adapter's public entry class");
    }

    static ArchRule usesNoGson(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAPackage("com.google.gson..")
                .because(PURE + ": JSON parsing and rendering of files and payloads is adapter work "
                        + "(helper brief: no Gson in core)");
    }

    static ArchRule usesNoToml(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAPackage("org.tomlj..")
                .because(PURE + ": credentials and config.toml (on-disk.md §5) are parsed in adapters-fs");
    }

    static ArchRule usesNoBouncyCastle(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
                .because(PURE + ": the encrypted session (scrypt, on-disk.md §5) is decrypted in adapters-fs");
    }

    static ArchRule usesNoYaml(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat().resideInAPackage("org.snakeyaml..")
                .because(PURE + ": .kittify/config.yaml is parsed in adapters-fs");
    }

    static ArchRule startsNoProcesses(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().dependOnClassesThat(belongToAnyOf(ProcessBuilder.class, Process.class, ProcessHandle.class)
                        .or(type(Runtime.class))
                        .as("control processes (ProcessBuilder, Process, ProcessHandle, Runtime)"))
                .because(PURE + ": process facts, spawning and signals go through the ProcessTable, LaunchDaemon "
                        + "and Signals ports (design.md 'Ports')");
    }

    static ArchRule readsNoWallClock(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().accessTargetWhere(Accesses.to(System.class, "currentTimeMillis", "nanoTime"))
                .orShould().accessTargetWhere(Accesses.toWallClockOfJavaTime())
                .because("contract README §6 and design.md: time is read through the Clock port, so every "
                        + "timeout is testable with FakeClock");
    }

    static ArchRule neverSleeps(String scope) {
        return noClasses().that().resideInAPackage(scope)
                .should().accessTargetWhere(Accesses.to(Thread.class, "sleep"))
                .orShould().accessTargetWhere(Accesses.to(TimeUnit.class, "sleep"))
                .orShould().accessTargetWhere(Accesses.to(LockSupport.class, "parkNanos", "parkUntil"))
                .because("contract README §6: every wait (lock retries, health wait, stop polling, ticks) goes "
                        + "through the Clock/sleeper port, so tests do not sleep");
    }
}
