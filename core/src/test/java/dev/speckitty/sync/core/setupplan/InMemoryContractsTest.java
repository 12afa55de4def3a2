package dev.speckitty.sync.core.setupplan;

import dev.speckitty.sync.core.env.Environment;
import dev.speckitty.sync.core.port.LockFiles;
import dev.speckitty.sync.core.port.OperatorLog;
import dev.speckitty.sync.core.testing.InMemoryLamportClock;
import dev.speckitty.sync.core.testing.InMemoryLifecycleEventLog;
import dev.speckitty.sync.core.testing.InMemoryListMissionArtifacts;
import dev.speckitty.sync.core.testing.InMemoryLocateMission;
import dev.speckitty.sync.core.testing.InMemoryReadProjectInputs;
import dev.speckitty.sync.core.testing.InMemoryWritePlanScaffold;
import dev.speckitty.sync.core.testing.LamportClockContract;
import dev.speckitty.sync.core.testing.LifecycleEventLogContract;
import dev.speckitty.sync.core.testing.ListMissionArtifactsContract;
import dev.speckitty.sync.core.testing.LocateMissionContract;
import dev.speckitty.sync.core.testing.ReadProjectInputsContract;
import dev.speckitty.sync.core.testing.SetupPlanEventLines;
import dev.speckitty.sync.core.testing.SetupPlanProjectTree;
import dev.speckitty.sync.core.testing.SetupPlanTreeFixture;
import dev.speckitty.sync.core.testing.WritePlanScaffoldContract;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/** The setup-plan port contracts run against the in-memory fakes. */
class InMemoryContractsTest {

    @Nested
    class Locate extends LocateMissionContract {
        private final SetupPlanProjectTree tree = new SetupPlanProjectTree();

        @Override
        protected SetupPlanTreeFixture tree() {
            return tree;
        }

        @Override
        protected LocateMission locate() {
            return new InMemoryLocateMission(tree);
        }
    }

    @Nested
    class Inputs extends ReadProjectInputsContract {
        private final SetupPlanProjectTree tree = new SetupPlanProjectTree();
        private final Map<Path, ProjectConfig> configs = new HashMap<>();
        private final Map<Path, MissionMeta> metas = new HashMap<>();
        private final Map<Path, Boolean> unreadable = new HashMap<>();

        @Override
        protected SetupPlanTreeFixture tree() {
            return tree;
        }

        @Override
        protected ReadProjectInputs inputs(OperatorLog log) {
            InMemoryReadProjectInputs inputs = new InMemoryReadProjectInputs(log);
            configs.forEach(inputs::givenProjectConfig);
            metas.forEach(inputs::givenMissionMeta);
            unreadable.forEach((path, isConfig) -> {
                if (isConfig) {
                    inputs.givenUnreadableProjectConfig(path);
                } else {
                    inputs.givenUnreadableMissionMeta(path);
                }
            });
            return inputs;
        }

        @Override
        protected void givenProjectConfig(Path projectRoot, Map<String, String> projectEntries) {
            configs.put(projectRoot, ProjectConfig.fromEntries(projectEntries));
        }

        @Override
        protected void givenUnreadableProjectConfig(Path projectRoot) {
            unreadable.put(projectRoot, true);
        }

        @Override
        protected void givenMissionMeta(Path missionDirectory, JsonValue.Obj meta) {
            metas.put(missionDirectory, MissionMeta.fromJson(meta));
        }

        @Override
        protected void givenUnreadableMissionMeta(Path missionDirectory) {
            unreadable.put(missionDirectory, false);
        }
    }

    @Nested
    class Plans extends WritePlanScaffoldContract {
        private final SetupPlanProjectTree tree = new SetupPlanProjectTree();

        @Override
        protected SetupPlanTreeFixture tree() {
            return tree;
        }

        @Override
        protected WritePlanScaffold plans() {
            return new InMemoryWritePlanScaffold(tree);
        }
    }

    @Nested
    class Events extends LifecycleEventLogContract {
        private final SetupPlanProjectTree tree = new SetupPlanProjectTree();
        private final InMemoryLifecycleEventLog log = new InMemoryLifecycleEventLog(tree);

        @Override
        protected SetupPlanTreeFixture tree() {
            return tree;
        }

        @Override
        protected LifecycleEventLog events() {
            return log;
        }

        @Override
        protected void givenEventsFile(Path file, SetupPlanEventLines lines) {
            tree.file(file, lines.bytes());
            log.learn(lines.parseable());
        }
    }

    @Nested
    class Artifacts extends ListMissionArtifactsContract {
        private final SetupPlanProjectTree tree = new SetupPlanProjectTree();

        @Override
        protected SetupPlanTreeFixture tree() {
            return tree;
        }

        @Override
        protected ListMissionArtifacts artifacts() {
            return new InMemoryListMissionArtifacts(tree);
        }
    }

    @Nested
    class Clock extends LamportClockContract {
        private final InMemoryLamportClock.Values values = new InMemoryLamportClock.Values();

        @Override
        protected LamportClock clock(LockFiles locks, Environment environment, String hostname, String jvmUserName) {
            return new InMemoryLamportClock(values, locks, ClockNodeId.derive(hostname, environment, jvmUserName));
        }
    }
}
