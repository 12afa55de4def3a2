package dev.speckitty.sync.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.speckitty.sync.core.daemon.ProcessFacts;
import dev.speckitty.sync.core.daemon.ProcessState;
import dev.speckitty.sync.core.daemon.ProcessTable;
import dev.speckitty.sync.core.daemon.ProcessTableContract;
import dev.speckitty.sync.core.testing.StartedProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcFsProcessTableTest extends ProcessTableContract {
    private final ProcessTable table = ProcessAdapters.processTable();

    @Override
    protected ProcessTable table() {
        return table;
    }

    @Override
    protected StartedProcess startSleeper() throws Exception {
        return TestProcesses.sleeper();
    }

    @Override
    protected StartedProcess startZombie() throws Exception {
        return TestProcesses.zombie();
    }

    @Override
    protected long pidOfNoProcess() {
        return TestProcesses.pidOfNoProcess();
    }

    @Test
    void theStateFollowsTheLastClosingParenthesis() {
        assertEquals(ProcessState.ALIVE, ProcFsProcessTable.stateOf("42 (sleep) S 1 42 42 0"));
        assertEquals(ProcessState.ZOMBIE, ProcFsProcessTable.stateOf("42 (a) Z (b)) Z 1 42"));
        assertEquals(ProcessState.ALIVE, ProcFsProcessTable.stateOf("42 (evil) Z) R 1 42"));
        assertEquals(ProcessState.EXISTS_STATE_UNKNOWN, ProcFsProcessTable.stateOf("42 (truncated"));
        assertEquals(ProcessState.EXISTS_STATE_UNKNOWN, ProcFsProcessTable.stateOf("42 (x)  "));
    }

    @Test
    void argvIsSplitOnNul() {
        assertEquals(List.of("java", "-jar", "a b.jar"), ProcFsProcessTable.splitCmdline("java\0-jar\0a b.jar\0".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("java", ""), ProcFsProcessTable.splitCmdline("java\0\0".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("retitled process"), ProcFsProcessTable.splitCmdline("retitled process".getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), ProcFsProcessTable.splitCmdline(new byte[0]));
    }

    @Test
    void withoutProcTheProcessHandleAnswers(@TempDir Path noProc) throws Exception {
        ProcessTable handleOnly = new ProcFsProcessTable(noProc);
        try (StartedProcess sleeper = TestProcesses.sleeper()) {
            ProcessFacts facts = handleOnly.facts(sleeper.pid());
            assertEquals(ProcessState.ALIVE, facts.state());
            List<String> argv = facts.argv().orElseThrow();
            assertTrue(argv.get(0).endsWith("sleep"), () -> argv.toString());
            assertEquals(List.of("30"), argv.subList(1, argv.size()));
            assertTrue(facts.startInstant().isPresent());
        }
        long none = TestProcesses.pidOfNoProcess();
        assertEquals(ProcessFacts.noSuchProcess(none), handleOnly.facts(none));
    }
}
