package dev.speckitty.sync.process;

import dev.speckitty.sync.core.testing.StartedProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Real processes that the tests start themselves; closing one kills it (it is our own child) and reaps it. */
final class TestProcesses {
    private TestProcesses() {
    }

    static StartedProcess sleeper() throws IOException {
        List<String> argv = List.of("sleep", "30");
        Instant before = Instant.now();
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        Instant after = Instant.now();
        return new StartedProcess(process.pid(), argv, before, after, () -> stop(process));
    }

    /**
     * A zombie: the shell forks {@code sleep 0} and then execs {@code sleep 30}, which inherits that child and never
     * reaps it. The zombie is our grandchild; killing our child lets init reap it.
     */
    static StartedProcess zombie() throws IOException, InterruptedException {
        Instant before = Instant.now();
        Process parent = new ProcessBuilder("sh", "-c", "sleep 0 & echo $!; exec sleep 30").start();
        long zombiePid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.US_ASCII))) {
            zombiePid = Long.parseLong(out.readLine().strip());
        }
        Path stat = Path.of("/proc", Long.toString(zombiePid), "stat");
        for (int attempt = 0; attempt < 500 && !ProcFsProcessTable.stateOf(ProcFsProcessTable.readProcText(stat)).gone(); attempt++) {
            Thread.sleep(10); // a real child needs real time to exit; bounded to 5 s
        }
        return new StartedProcess(zombiePid, List.of(), before, Instant.now(), () -> stop(parent));
    }

    /**
     * A pid above PID_MAX_LIMIT (2^22, the largest pid_max Linux allows), which no process can have. Checked, so a
     * signal test can never reach a process it did not start.
     */
    static long pidOfNoProcess() {
        long pid = (1L << 22) + 1;
        if (ProcessHandle.of(pid).isPresent()) {
            throw new IllegalStateException("pid " + pid + " exists; refusing to use it as a pid without process");
        }
        return pid;
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
