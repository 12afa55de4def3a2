package dev.speckitty.sync.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Rules about the process boundary that hold for every class of the product: who may talk to the terminal,
 * read the environment, end the JVM or signal a process. Their subject is everything except the one allowed
 * place, so they always have classes to check and need no empty-subject allowance.
 */
final class BoundaryRules {
    private BoundaryRules() {
    }

    /** {@code dev.speckitty.sync.cli.Main} and its nested (anonymous, inner) classes. */
    static final DescribedPredicate<JavaClass> MAIN = DescribedPredicate.describe(Hexagon.MAIN,
            javaClass -> javaClass.getName().equals(Hexagon.MAIN)
                    || javaClass.getName().startsWith(Hexagon.MAIN + "$"));

    static final ArchRule ONLY_CLI_OUTPUT_WRITES_TO_THE_TERMINAL = noClasses()
            .that(not(MAIN).and(not(resideInAPackage(Hexagon.CLI_OUTPUT))))
            .should().accessTargetWhere(Accesses.to(System.class, "out", "err"))
            .because("contract README §6: only the app-cli output adapter touches System.out/System.err, so stdout "
                    + "carries exactly the command's result and stderr the log lines (cli.md §1.2); everything else "
                    + "returns values or writes through OperatorLog");

    static final ArchRule ONLY_THE_CLI_PRINTS_STACK_TRACES = noClasses()
            .that().resideOutsideOfPackage(Hexagon.CLI)
            .should().accessTargetWhere(Accesses.toParameterless(Throwable.class, "printStackTrace"))
            .because("cli.md §1.10: an unexpected exception prints one stderr line, a stack trace only with "
                    + "--debug; user errors never show one. Throwable.printStackTrace() writes to System.err behind "
                    + "the output adapter's back");

    static final ArchRule ONLY_MAIN_READS_THE_ENVIRONMENT = noClasses()
            .that(not(MAIN))
            .should().accessTargetWhere(Accesses.to(System.class, "getenv"))
            .because("contract README §6: every environment variable is read through one Environment value that "
                    + "main builds and injects, so CLI tests run in-process with any environment");

    static final ArchRule ONLY_THE_CLI_ENDS_THE_JVM = noClasses()
            .that().resideOutsideOfPackage(Hexagon.CLI)
            .should().accessTargetWhere(Accesses.to(System.class, "exit"))
            .orShould().accessTargetWhere(Accesses.to(Runtime.class, "exit", "halt"))
            .because("cli.md §1: the exit code is the CLI's decision; core and adapters return results or throw, "
                    + "so they stay testable in-process");

    static final ArchRule ONLY_THE_PROCESS_ADAPTER_SENDS_SIGNALS = noClasses()
            .that().resideOutsideOfPackage(Hexagon.PROCESS)
            .should().accessTargetWhere(Accesses.to(ProcessHandle.class, "destroy", "destroyForcibly"))
            .orShould().accessTargetWhere(Accesses.to(Process.class, "destroy", "destroyForcibly"))
            .because("design.md 'Ports': Signals is the only port that can hurt anyone; every signal needs the "
                    + "re-verification of daemon.md §11 and cleanup.md §8.2, which lives in adapters-process");

    static final ArchRule NO_JDK_INTERNALS = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("sun..", "com.sun.nio.file..", "jdk.internal..",
                    "jdk.incubator..")
            .because("contract README §6: no class uses sun.misc, jdk.internal or jdk.incubator (modules "
                    + "jdk.unsupported, jdk.incubator.*)");
}
